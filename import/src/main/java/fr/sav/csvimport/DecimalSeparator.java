package fr.sav.csvimport;

/** The character that separates whole units from decimals in a file's numbers. */
public enum DecimalSeparator {
    /** 12,50: French and most European exports. */
    COMMA(','),
    /** 12.50: English exports. */
    DOT('.');

    private final char character;

    DecimalSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** Reads "," or "comma"/"virgule", "." or "dot"/"point" (any case). */
    public static DecimalSeparator of(String text) {
        String word = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (word) {
            case ",", "comma", "virgule" -> COMMA;
            case ".", "dot", "point" -> DOT;
            default -> throw new IllegalArgumentException("unknown decimal separator '" + text + "': use ',' or '.'");
        };
    }
}
