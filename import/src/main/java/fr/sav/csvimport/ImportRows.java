package fr.sav.csvimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of an opened file, read one at a time as they are iterated (once), and how the file was read.
 * Iterating may still throw {@link UnreadableFile} when a quote never closes further in the file.
 */
public final class ImportRows<T> implements Iterable<RowResult<T>>, AutoCloseable {

    private final PhysicalRecords records;
    private final RowMapper<T> mapper;
    private final DetectedFormat format;
    private boolean iterated;

    ImportRows(PhysicalRecords records, RowMapper<T> mapper, DetectedFormat format) {
        this.records = records;
        this.mapper = mapper;
        this.format = format;
    }

    public DetectedFormat format() {
        return format;
    }

    @Override
    public Iterator<RowResult<T>> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of a file can be read only once");
        }
        iterated = true;
        return new Iterator<>() {
            private RowResult<T> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    PhysicalRecords.Numbered record = records.next();
                    next = record == null ? null : mapper.map(record.line(), record.record());
                }
                return next != null;
            }

            @Override
            public RowResult<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RowResult<T> row = next;
                next = null;
                return row;
            }
        };
    }

    /** The rows as a sequential stream; closing the stream closes the file. */
    public Stream<RowResult<T>> stream() {
        return StreamSupport.stream(spliterator(), false).onClose(this::close);
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
