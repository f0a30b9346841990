package fr.sav.csvimport;

import fr.sav.csvimport.UnreadableFile.Reason;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a stray quote from swallowing the rest of the file into one field: a record longer than
 * {@link #MAX_RECORD_CHARS}, or a quote still open at the end, is an {@link UnreadableFile}.
 */
final class QuoteGuardReader extends FilterReader {

    static final int MAX_RECORD_CHARS = 1_000_000;

    private final CsvScanner scanner;
    private long recordChars;

    QuoteGuardReader(Reader in, char delimiter) {
        super(in);
        this.scanner = new CsvScanner(delimiter);
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        int n = super.read(out, off, len);
        if (n < 0 && scanner.inQuotes()) {
            throw UnterminatedQuote.atEnd(scanner.quoteLine());
        }
        for (int i = off; i < off + n; i++) {
            recordChars = scanner.next(out[i]) == CsvScanner.Event.RECORD_END ? 0 : recordChars + 1;
            if (recordChars > MAX_RECORD_CHARS) {
                throw tooLong();
            }
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    private UnreadableFile tooLong() {
        if (scanner.inQuotes()) {
            return UnterminatedQuote.runaway(scanner.quoteLine(), MAX_RECORD_CHARS);
        }
        return new UnreadableFile(Reason.RECORD_TOO_LONG, scanner.line(), "Line " + scanner.line()
                + " runs for more than " + MAX_RECORD_CHARS + " characters without a line break: "
                + "this is not a CSV export.");
    }
}
