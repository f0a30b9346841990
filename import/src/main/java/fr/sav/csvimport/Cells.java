package fr.sav.csvimport;

/** Cell text as the reader sees it: trimmed of spaces, no-break spaces and a stray byte order mark. */
final class Cells {

    private Cells() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(raw.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF';
    }

    /** Every run of blanks, line breaks included, becomes one space. */
    static String oneLine(String text) {
        if (isOneLine(text)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                blank = true;
                continue;
            }
            if (blank && !line.isEmpty()) {
                line.append(' ');
            }
            blank = false;
            line.append(c);
        }
        return line.toString();
    }

    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = isBlank(c);
            if (blank && (c != ' ' || i == 0 || i == text.length() - 1 || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
