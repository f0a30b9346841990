package fr.sav.inventory.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * What a text field may hold: no control character (C0, DEL, C1), no bidirectional control (which turns
 * {@code cod.exe} into something else on screen), no half of a surrogate pair; a tab only in free text such as notes.
 */
final class PlainText {

    private PlainText() {
    }

    /** Why the text of {@code field} is refused, or nothing when it is plain. */
    static Optional<FieldError> fault(String field, String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(FieldError.of(field, FieldRule.HALF_CHARACTER, "holds half of a character ("
                        + code(c) + " at position " + (i + 1) + "); send the text again as valid Unicode",
                        "code", code(c), "position", i + 1));
            } else if (c == '\t' ? !freeText : Character.isISOControl(c) || bidiControl(c)) {
                return Optional.of(FieldError.of(field, FieldRule.CONTROL_CHARACTER, "holds an invisible control "
                        + "character (" + code(c) + " at position " + (i + 1) + "); type the text again without it",
                        "code", code(c), "position", i + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean bidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    private static String code(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
