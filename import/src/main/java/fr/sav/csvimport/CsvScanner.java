package fr.sav.csvimport;

/**
 * Follows CSV structure one character at a time, as Commons CSV reads it: a quote opens a field only at its
 * start (after blanks), "" inside quotes is a quote, text after a closing quote is kept, and CR, LF or CRLF
 * end a record outside quotes. Counts physical lines.
 */
final class CsvScanner {

    /** What a character is to the structure. */
    enum Event {
        /** Part of the field's value. */
        CONTENT,
        /** Structure or ignored blank: not part of a value. */
        SKIP,
        /** The field ended. */
        FIELD_END,
        /** The record ended. */
        RECORD_END
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final char delimiter;
    private State state = State.FIELD_START;
    private boolean afterCarriageReturn;
    private long line = 1;
    private long quoteLine;

    CsvScanner(char delimiter) {
        this.delimiter = delimiter;
    }

    Event next(char c) {
        if (c > '"' && c != delimiter && (state == State.UNQUOTED || state == State.QUOTED)) {
            afterCarriageReturn = false;
            return Event.CONTENT;
        }
        boolean lineFeedOfCrLf = c == '\n' && afterCarriageReturn;
        afterCarriageReturn = c == '\r';
        if ((c == '\n' || c == '\r') && !lineFeedOfCrLf) {
            line++;
        }
        if (state == State.QUOTED) {
            return inQuotes(c);
        }
        if (c == '\n' || c == '\r') {
            state = State.FIELD_START;
            return lineFeedOfCrLf ? Event.SKIP : Event.RECORD_END;
        }
        if (c == delimiter) {
            state = State.FIELD_START;
            return Event.FIELD_END;
        }
        return outsideQuotes(c);
    }

    private Event inQuotes(char c) {
        if (c == '"') {
            state = State.AFTER_QUOTE;
            return Event.SKIP;
        }
        return Event.CONTENT;
    }

    private Event outsideQuotes(char c) {
        if (state == State.AFTER_QUOTE && c == '"') {
            state = State.QUOTED;
            return Event.CONTENT;
        }
        if (state == State.FIELD_START && c == '"') {
            state = State.QUOTED;
            quoteLine = line;
            return Event.SKIP;
        }
        if (state == State.FIELD_START && Character.isWhitespace(c)) {
            return Event.SKIP;
        }
        state = State.UNQUOTED;
        return Event.CONTENT;
    }

    boolean inQuotes() {
        return state == State.QUOTED;
    }

    /** The physical line of the next character. */
    long line() {
        return line;
    }

    /** The line where the last quoted field opened. */
    long quoteLine() {
        return quoteLine;
    }
}
