package fr.sav.labelprinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A pick list on A4 pages: the title and header on the first page, then per line the location's label (its
 * barcode), the part's label (its barcode), the quantity and condition in large type, and a box to tick.
 */
final class PickListDocument {

    private static final float MM = 72f / 25.4f;
    private static final LabelSize LOCATION = new LabelSize(55, 24);
    private static final LabelSize PART = new LabelSize(70, 24);
    private static final float ROW_MM = 28;
    private static final float MARGIN_MM = 12;
    private static final Dpi DPI = Dpi.ZEBRA_300;

    private PickListDocument() {
    }

    static byte[] pdf(PickList list) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfPainter.font(document);
            PDPageContentStream content = null;
            float top = 0;
            try {
                for (PickList.Line line : list.lines()) {
                    if (content == null || top - ROW_MM < MARGIN_MM) {
                        if (content != null) {
                            content.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        top = 297 - MARGIN_MM;
                        if (document.getNumberOfPages() == 1) {
                            top = header(content, font, list, top);
                        }
                    }
                    row(content, font, line, top);
                    top -= ROW_MM;
                }
            } finally {
                if (content != null) {
                    content.close();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a pick list PDF", e);
        }
    }

    private static float header(PDPageContentStream content, PDFont font, PickList list, float top) throws IOException {
        float y = top - 8;
        text(content, font, 16, MARGIN_MM, y, list.title());
        for (String line : list.header()) {
            y -= 6;
            text(content, font, 10, MARGIN_MM, y, line);
        }
        return y - 6;
    }

    private static void row(PDPageContentStream content, PDFont font, PickList.Line line, float top) throws IOException {
        PdfPainter painter = new PdfPainter(content, font);
        painter.paint(LabelLayout.of(LocationLabel.of(line.location(), line.locationName()), LOCATION, DPI),
                MARGIN_MM * MM, top * MM);
        painter.paint(LabelLayout.of(PartLabel.of(line.sku(), line.name(), null, null), PART, DPI),
                (MARGIN_MM + 60) * MM, top * MM);
        text(content, font, 18, MARGIN_MM + 136, top - 10, line.quantity() + " ×");
        text(content, font, 10, MARGIN_MM + 136, top - 16, line.condition());
        content.addRect((MARGIN_MM + 170) * MM, (top - 14) * MM, 8 * MM, 8 * MM);
        content.moveTo(MARGIN_MM * MM, (top - ROW_MM + 1) * MM);
        content.lineTo((210 - MARGIN_MM) * MM, (top - ROW_MM + 1) * MM);
        content.stroke();
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float leftMm, float baselineMm,
                             String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(leftMm * MM, baselineMm * MM);
        content.showText(PrintableText.clean(text));
        content.endText();
    }
}
