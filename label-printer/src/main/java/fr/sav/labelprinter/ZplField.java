package fr.sav.labelprinter;

import java.nio.charset.StandardCharsets;

/**
 * Field data for ^FH_ fields. Only printable ASCII other than '^', '~' and '_' is written as is; every other
 * byte of the UTF-8 text, those three included, becomes _XX. The result can therefore hold no command prefix,
 * and with ^CI28 the printer rebuilds the UTF-8 text (accents included) from the hex bytes.
 */
final class ZplField {

    static final char HEX_INDICATOR = '_';

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ZplField() {
    }

    static String escape(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int value = b & 0xFF;
            if (value >= 0x20 && value <= 0x7E && value != '^' && value != '~' && value != HEX_INDICATOR) {
                out.append((char) value);
            } else {
                out.append(HEX_INDICATOR).append(HEX[value >> 4]).append(HEX[value & 0xF]);
            }
        }
        return out.toString();
    }
}
