package fr.sav.labelprinter;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.BitSet;

/**
 * Human text reduced to what every output can draw: the Windows-1252 (WinAnsi) repertoire, which holds
 * French accents, œ and €. Other letters lose their accent (ł becomes l), anything else becomes '?'.
 */
final class PrintableText {

    static final char ELLIPSIS = '…';

    private static final BitSet DRAWABLE = drawable();
    private static final String STROKED = "ŁłĐđĦħıŦŧ";
    private static final String UNSTROKED = "LlDdHhiTt";

    private PrintableText() {
    }

    static boolean drawable(char c) {
        return DRAWABLE.get(c);
    }

    static String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(point -> out.append(printable(point)));
        return out.toString().strip();
    }

    private static char printable(int point) {
        if (Character.isWhitespace(point) || Character.isISOControl(point)) {
            return ' ';
        }
        if (point < Character.MIN_SUPPLEMENTARY_CODE_POINT && DRAWABLE.get(point)) {
            return (char) point;
        }
        int stroked = STROKED.indexOf(point);
        if (stroked >= 0) {
            return UNSTROKED.charAt(stroked);
        }
        String base = Normalizer.normalize(Character.toString(point), Normalizer.Form.NFD);
        char first = base.charAt(0);
        return base.length() > 1 && DRAWABLE.get(first) ? first : '?';
    }

    private static BitSet drawable() {
        Charset winAnsi = Charset.forName("windows-1252");
        BitSet set = new BitSet(0x2200);
        for (int b = 0x20; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, winAnsi);
            char c = decoded.charAt(0);
            if (c != '\uFFFD' && !Character.isISOControl(c)) {
                set.set(c);
            }
        }
        set.clear(0xAD);
        return set;
    }
}
