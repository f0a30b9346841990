package fr.sav.csvimport;

import fr.sav.csvimport.UnreadableFile.Reason;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The non-blank records of a file, streamed through Commons CSV, each with the physical line it starts on.
 * Blank lines are read as records (and skipped here) so that the parser's line count stays exact.
 */
final class PhysicalRecords implements Closeable {

    /** A record and the physical line it starts on. */
    record Numbered(long line, CSVRecord record) {
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> iterator;
    private long lastLine;

    private PhysicalRecords(CSVParser parser) {
        this.parser = parser;
        this.iterator = parser.iterator();
    }

    static PhysicalRecords open(Reader reader, Delimiter delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter.character())
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrailingData(true)
                .get();
        return new PhysicalRecords(CSVParser.builder().setReader(reader).setFormat(format).get());
    }

    /** The next non-blank record, or null at the end of the file. */
    Numbered next() {
        try {
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (!blank(record)) {
                    return new Numbered(line, record);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException malformed) {
                throw new UnreadableFile(Reason.MALFORMED, lastLine + 1, "The file's CSV structure is broken "
                        + "after line " + lastLine + ": " + malformed.getMessage());
            }
            throw e;
        }
    }

    private static boolean blank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!Cells.clean(record.get(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
