package fr.sav.labelprinter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * Draws a layout as a 1-bit image (bit 1 white, 0 black), one pixel per printer dot. Modules are cleared straight
 * in the raster on whole pixels; only text goes through Java 2D.
 */
final class Raster {

    private Raster() {
    }

    static BufferedImage draw(Layout layout) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_BYTE_BINARY);
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(bits, (byte) 0xFF);
        int stride = (layout.width() + 7) / 8;
        drawCode(bits, stride, layout.code());
        if (!layout.texts().isEmpty()) {
            drawTexts(bits, stride, layout);
        }
        return image;
    }

    /**
     * Java 2D draws glyphs into 1-bit images several times slower than into greyscale ones, so the text block is
     * drawn without anti-aliasing into a greyscale scratch image whose black pixels are then copied.
     */
    private static void drawTexts(byte[] bits, int stride, Layout layout) {
        int left = layout.texts().stream().mapToInt(Layout.PlacedText::x).min().orElseThrow();
        int top = layout.texts().stream().mapToInt(Layout.PlacedText::top).min().orElseThrow();
        int bottom = layout.texts().stream().mapToInt(t -> t.top() + LabelFont.lineHeight(t.size())).max()
                .orElseThrow();
        int width = layout.width() - left;
        int height = Math.min(layout.height(), bottom) - top;
        BufferedImage scratch = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = ((DataBufferByte) scratch.getRaster().getDataBuffer()).getData();
        Arrays.fill(grey, (byte) 0xFF);
        Graphics2D graphics = scratch.createGraphics();
        try {
            graphics.setColor(Color.BLACK);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            for (Layout.PlacedText text : layout.texts()) {
                graphics.setFont(LabelFont.ofSize(text.size()));
                graphics.drawString(text.text(), text.x() - left, text.baseline() - top);
            }
        } finally {
            graphics.dispose();
        }
        for (int y = 0; y < height; y++) {
            int rowStart = (top + y) * stride;
            for (int x = 0; x < width; x++) {
                if ((grey[y * width + x] & 0xFF) < 0x80) {
                    blacken(bits, rowStart, left + x, left + x + 1);
                }
            }
        }
    }

    private static void drawCode(byte[] bits, int stride, Layout.PlacedCode code) {
        int module = code.module();
        int rowHeight = code.symbol().rows() == 1 ? code.barHeight() : module;
        int[] runs = code.symbol().runs();
        for (int i = 0; i < runs.length; i += 3) {
            int left = code.x() + runs[i + 1] * module;
            int top = code.y() + runs[i] * module;
            for (int y = top; y < top + rowHeight; y++) {
                blacken(bits, y * stride, left, left + runs[i + 2] * module);
            }
        }
    }

    private static void blacken(byte[] bits, int rowStart, int from, int to) {
        for (int x = from; x < to; x++) {
            bits[rowStart + (x >> 3)] &= (byte) ~(0x80 >>> (x & 7));
        }
    }
}
