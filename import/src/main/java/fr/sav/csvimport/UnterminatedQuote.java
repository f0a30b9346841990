package fr.sav.csvimport;

import fr.sav.csvimport.UnreadableFile.Reason;

/** The messages for a quote that opens a field and never closes it. */
final class UnterminatedQuote {

    private UnterminatedQuote() {
    }

    static UnreadableFile atEnd(long line) {
        return new UnreadableFile(Reason.UNTERMINATED_QUOTE, line, "The quote (\") that opens a value on line "
                + line + " is never closed, so the rest of the file would be one value. Check that line for "
                + "a stray \" or a missing closing \".");
    }

    static UnreadableFile runaway(long line, int maxChars) {
        return new UnreadableFile(Reason.UNTERMINATED_QUOTE, line, "The quote (\") that opens a value on line "
                + line + " is still open " + maxChars + " characters later. Check that line for a stray \" "
                + "or a missing closing \".");
    }
}
