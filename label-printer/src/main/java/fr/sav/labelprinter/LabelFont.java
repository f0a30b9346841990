package fr.sav.labelprinter;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one typeface of the labels: Liberation Sans, shipped inside PDFBox (so always there), drawn in PNGs and
 * embedded in PDFs, so a line measured once fits in both.
 */
final class LabelFont {

    static final double ASCENT = 0.905;
    static final double LINE_HEIGHT = 1.2;

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] TRUETYPE = read();
    private static final Font BASE = load();
    private static final float[] ADVANCES = advances();
    private static final ConcurrentMap<Integer, Font> SIZES = new ConcurrentHashMap<>();

    private LabelFont() {
    }

    static Font ofSize(int dots) {
        return SIZES.computeIfAbsent(dots, size -> BASE.deriveFont((float) size));
    }

    /** Advance width of a drawable character, in ems. */
    static double advance(char c) {
        return c < ADVANCES.length ? ADVANCES[c] : ADVANCES['?'];
    }

    static int lineHeight(int size) {
        return (int) Math.ceil(size * LINE_HEIGHT);
    }

    static int baseline(int top, int size) {
        return top + (int) Math.round(size * ASCENT);
    }

    /** A fresh stream of the TrueType file, for embedding. */
    static InputStream trueType() {
        return new ByteArrayInputStream(TRUETYPE);
    }

    private static byte[] read() {
        try (InputStream in = LabelFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + RESOURCE);
            }
            return withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the label font " + RESOURCE, e);
        }
    }

    /**
     * Hides the GSUB table (renamed GSUX, which keeps the table directory sorted): labels need no ligatures, the
     * layout measures one glyph per character, and PDFBox runs a slow substitution pass on every line of a font
     * that has one.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        for (int entry = 12; entry < 12 + 16 * tables; entry += 16) {
            if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                font[entry + 3] = 'X';
            }
        }
        return font;
    }

    private static Font load() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, trueType()).deriveFont(1000f);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the label font " + RESOURCE, e);
        }
    }

    private static float[] advances() {
        FontRenderContext context = new FontRenderContext(null, false, true);
        float[] advances = new float[0x2200];
        for (char c = 0x20; c < advances.length; c++) {
            if (PrintableText.drawable(c)) {
                advances[c] = (float) (BASE.getStringBounds(String.valueOf(c), context).getWidth() / 1000.0);
            }
        }
        return advances;
    }
}
