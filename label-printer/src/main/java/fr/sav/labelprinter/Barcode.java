package fr.sav.labelprinter;

/** The text a scanner will type, and the symbology that carries it: printable ASCII only, never empty. */
public record Barcode(String text, Symbology symbology) {

    static final int MAX_LENGTH = 80;

    public Barcode {
        if (symbology == null) {
            throw new IllegalArgumentException("a barcode needs a symbology");
        }
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("barcode text must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("barcode text has " + text.length() + " characters; at most "
                    + MAX_LENGTH + " are allowed");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("barcode text may hold printable ASCII only; character "
                        + (i + 1) + " of '" + text + "' is U+" + String.format("%04X", (int) c));
            }
        }
    }
}
