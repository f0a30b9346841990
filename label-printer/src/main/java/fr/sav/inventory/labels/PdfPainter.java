package fr.sav.inventory.labels;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Paints a layout into a PDF page as vector rectangles and Helvetica text (WinAnsi, which holds French accents;
 * {@link PrintableText} has already replaced what it cannot encode).
 */
final class PdfPainter {

    private final PDPageContentStream content;
    private final PDFont font;

    PdfPainter(PDPageContentStream content, PDFont font) {
        this.content = content;
        this.font = font;
    }

    static PDFont font() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Paints the label whose top-left corner is at (left, top) in PDF points, y growing upwards. */
    void paint(Layout layout, float left, float top) throws IOException {
        float scale = 72f / layout.dpi().value();
        Layout.PlacedCode code = layout.code();
        int module = code.module();
        int rowHeight = code.symbol().rows() == 1 ? code.barHeight() : module;
        int[] runs = code.symbol().runs();
        for (int i = 0; i < runs.length; i += 3) {
            int bottom = code.y() + runs[i] * module + rowHeight;
            content.addRect(left + (code.x() + runs[i + 1] * module) * scale, top - bottom * scale,
                    runs[i + 2] * module * scale, rowHeight * scale);
        }
        content.fill();
        for (Layout.PlacedText text : layout.texts()) {
            content.beginText();
            content.setFont(font, text.size() * scale);
            content.newLineAtOffset(left + text.x() * scale, top - text.baseline() * scale);
            content.showText(text.text());
            content.endText();
        }
    }
}
