package fr.sav.inventory.labels;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Draws a layout as a 1-bit image, one pixel per printer dot, modules on whole pixels. */
final class Raster {

    private Raster() {
    }

    static BufferedImage draw(Layout layout) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, layout.width(), layout.height());
            graphics.setColor(Color.BLACK);
            drawCode(graphics, layout.code());
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            for (Layout.PlacedText text : layout.texts()) {
                graphics.setFont(LabelFont.ofSize(text.size()));
                graphics.drawString(text.text(), text.x(), text.baseline());
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static void drawCode(Graphics2D graphics, Layout.PlacedCode code) {
        int module = code.module();
        int rowHeight = code.symbol().rows() == 1 ? code.barHeight() : module;
        int[] runs = code.symbol().runs();
        for (int i = 0; i < runs.length; i += 3) {
            graphics.fillRect(code.x() + runs[i + 1] * module, code.y() + runs[i] * module, runs[i + 2] * module,
                    rowHeight);
        }
    }
}
