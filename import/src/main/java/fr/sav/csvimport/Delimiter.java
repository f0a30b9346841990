package fr.sav.csvimport;

import java.util.Locale;

/** A field separator the reader understands; detection tries them in this order. */
public enum Delimiter {
    /** ';' what French Excel writes. */
    SEMICOLON(';'),
    /** ',' the English default. */
    COMMA(','),
    /** A tab, from "text (tab-separated)" exports. */
    TAB('\t');

    private final char character;

    Delimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** Reads ";", ",", a tab character, or the words semicolon, comma, tab (any case). */
    public static Delimiter of(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a delimiter is ';', ',' or 'tab'");
        }
        for (Delimiter delimiter : values()) {
            if (text.equals(String.valueOf(delimiter.character)) || text.equalsIgnoreCase(delimiter.name())
                    || text.equals("\\t") && delimiter == TAB) {
                return delimiter;
            }
        }
        throw new IllegalArgumentException("unknown delimiter '" + text.toLowerCase(Locale.ROOT)
                + "': use ';', ',' or 'tab'");
    }
}
