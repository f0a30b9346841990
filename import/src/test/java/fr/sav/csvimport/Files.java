package fr.sav.csvimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads fixture files and in-memory files the way the service will. */
final class Files {

    private Files() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Files.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> ImportRows<T> open(byte[] bytes, ImportSchema<T> schema, CsvOptions options) {
        try {
            return CsvImportReader.open(new ByteArrayInputStream(bytes), schema, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detected format and every row, for files small enough to hold. */
    record Read<T>(DetectedFormat format, List<RowResult<T>> rows) {

        List<Long> lines() {
            return rows.stream().map(RowResult::line).toList();
        }

        T value(long line) {
            RowResult<T> row = row(line);
            if (row instanceof RowResult.Valid<T> valid) {
                return valid.value();
            }
            throw new AssertionError("row on line " + line + " was rejected: " + ((RowResult.Rejected<T>) row).errors());
        }

        List<RowError> errors(long line) {
            if (row(line) instanceof RowResult.Rejected<T> rejected) {
                return rejected.errors();
            }
            throw new AssertionError("row on line " + line + " is valid: " + row(line));
        }

        private RowResult<T> row(long line) {
            return rows.stream().filter(row -> row.line() == line).findFirst()
                    .orElseThrow(() -> new AssertionError("no row on line " + line + "; rows are on " + lines()));
        }
    }

    static <T> Read<T> read(byte[] bytes, ImportSchema<T> schema, CsvOptions options) {
        try (ImportRows<T> rows = open(bytes, schema, options)) {
            List<RowResult<T>> all = new ArrayList<>();
            rows.forEach(all::add);
            return new Read<>(rows.format(), all);
        }
    }

    static <T> Read<T> read(byte[] bytes, ImportSchema<T> schema) {
        return read(bytes, schema, CsvOptions.detectAll());
    }

    static <T> Read<T> read(String text, ImportSchema<T> schema) {
        return read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), schema);
    }
}
