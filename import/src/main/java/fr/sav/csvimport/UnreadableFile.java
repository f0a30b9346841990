package fr.sav.csvimport;

/**
 * The file as a whole cannot be imported (not CSV, no usable header, a quote never closed); the message
 * tells a buyer what is wrong and what to do. {@code line} is 0 when the problem is not on one line.
 */
public final class UnreadableFile extends RuntimeException {

    /** What kind of problem stopped the import. */
    public enum Reason {
        /** No bytes, or only blank lines. */
        EMPTY,
        /** A PDF document. */
        PDF,
        /** A zip archive, which is what an .xlsx workbook is. */
        ZIP_OR_XLSX,
        /** An old .xls workbook or another OLE2 Office document. */
        OLD_EXCEL,
        /** An HTML page or an XML document. */
        MARKUP,
        /** Binary content, not text. */
        BINARY,
        /** The header line holds one column only: no separator found. */
        SINGLE_COLUMN,
        /** A quoted field opens and never closes. */
        UNTERMINATED_QUOTE,
        /** One record runs for more characters than any sane export writes. */
        RECORD_TOO_LONG,
        /** A column the import needs is not in the header line. */
        MISSING_COLUMNS,
        /** The CSV structure itself is broken. */
        MALFORMED
    }

    private final Reason reason;
    private final long line;

    UnreadableFile(Reason reason, long line, String message) {
        super(message);
        this.reason = reason;
        this.line = line;
    }

    UnreadableFile(Reason reason, String message) {
        this(reason, 0, message);
    }

    public Reason reason() {
        return reason;
    }

    public long line() {
        return line;
    }
}
