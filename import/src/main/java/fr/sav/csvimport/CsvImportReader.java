package fr.sav.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;

/**
 * Opens a supplier's CSV export for one kind of import: detects encoding, delimiter and decimal separator
 * from the first 64 KB (unless the options say), matches the header line to the schema's fields, and
 * streams the rows; memory does not grow with the file.
 */
public final class CsvImportReader {

    private CsvImportReader() {
    }

    /** Same as {@link #open(InputStream, ImportSchema, CsvOptions)} with everything detected. */
    public static <T> ImportRows<T> open(InputStream in, ImportSchema<T> schema) throws IOException {
        return open(in, schema, CsvOptions.detectAll());
    }

    /**
     * Reads up to the header line and returns the rows, to iterate and close. Throws {@link UnreadableFile}
     * when the file is not CSV or lacks a needed column, and IllegalArgumentException when the mapping names
     * a field the schema does not have. Closes {@code in} when the rows are closed or when opening fails.
     */
    public static <T> ImportRows<T> open(InputStream in, ImportSchema<T> schema, CsvOptions options)
            throws IOException {
        InputPrefix prefix = InputPrefix.read(in);
        try {
            return open(prefix, schema, options);
        } catch (RuntimeException | IOException e) {
            prefix.close();
            throw e;
        }
    }

    private static <T> ImportRows<T> open(InputPrefix prefix, ImportSchema<T> schema, CsvOptions options)
            throws IOException {
        Encoding encoding = EncodingDetector.detect(prefix.bytes(), prefix.complete(), options.charset());
        FileSniffer.checkBytes(prefix.bytes(), encoding.utf16());
        String sample = encoding.decode(prefix.bytes());
        FileSniffer.checkText(sample);
        Delimiter delimiter = options.delimiter() != null ? options.delimiter()
                : DelimiterDetector.detect(sample, prefix.complete());
        SampleSplitter.Sample records = SampleSplitter.split(sample, delimiter.character(), prefix.complete(),
                Integer.MAX_VALUE);
        if (prefix.complete() && records.openQuoteLine() > 0) {
            throw UnterminatedQuote.atEnd(records.openQuoteLine());
        }
        Reader reader = new QuoteGuardReader(encoding.reader(prefix.streamFrom(encoding.bomLength())),
                delimiter.character());
        PhysicalRecords physical = PhysicalRecords.open(reader, delimiter);
        ColumnMap columns = HeaderMatcher.match(schema, header(physical, delimiter), options.mapping());
        DecimalSeparator decimals = options.decimalSeparator() != null ? options.decimalSeparator()
                : DecimalSeparatorDetector.detect(records.records(), schema, columns, delimiter);
        DetectedFormat format = new DetectedFormat(delimiter, encoding.charset(), encoding.bomLength() > 0,
                decimals, columns.used(), columns.ignored());
        return new ImportRows<>(physical, new RowMapper<>(schema, columns, decimals), format);
    }

    private static List<String> header(PhysicalRecords physical, Delimiter delimiter) {
        PhysicalRecords.Numbered header = physical.next();
        if (header == null) {
            throw new UnreadableFile(UnreadableFile.Reason.EMPTY, "The file holds no header line.");
        }
        List<String> names = header.record().toList().stream().map(Cells::clean).toList();
        int width = names.size();
        while (width > 0 && names.get(width - 1).isEmpty()) {
            width--;
        }
        if (width < 2) {
            throw new UnreadableFile(UnreadableFile.Reason.SINGLE_COLUMN, header.line(), "The header line ('"
                    + names.get(0) + "') holds a single column: the columns must be separated by '"
                    + (delimiter == Delimiter.TAB ? "tab" : delimiter.character()) + "'.");
        }
        return names.subList(0, width);
    }
}
