package fr.sav.labelprinter;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Paints a layout into a PDF page: modules as vector rectangles, text in the embedded label font. */
final class PdfPainter {

    private final PDPageContentStream content;
    private final PDFont font;

    PdfPainter(PDPageContentStream content, PDFont font) {
        this.content = content;
        this.font = font;
    }

    /** The label font embedded (as the subset of glyphs used) in the document. */
    static PDFont font(PDDocument document) throws IOException {
        return PDType0Font.load(document, LabelFont.trueType(), true);
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
