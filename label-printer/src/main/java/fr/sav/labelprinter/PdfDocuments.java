package fr.sav.labelprinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Builds PDF files: one label on a page of its size, or labels filling the cells of adhesive sheets. */
final class PdfDocuments {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private PdfDocuments() {
    }

    static byte[] single(Layout layout, LabelSize size) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = page(document, (float) size.widthMm(), (float) size.heightMm());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new PdfPainter(content, PdfPainter.font(document)).paint(layout, 0, page.getMediaBox().getHeight());
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a label PDF", e);
        }
    }

    static byte[] sheets(List<LabelCopies> labels, SheetLayout sheet, Dpi dpi) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfPainter.font(document);
            PDPageContentStream content = null;
            PdfPainter painter = null;
            int cell = 0;
            try {
                for (LabelCopies item : labels) {
                    Layout layout = LabelLayout.of(item.label(), sheet.labelSize(), dpi);
                    for (int copy = 0; copy < item.copies(); copy++, cell++) {
                        if (cell % sheet.cellsPerPage() == 0) {
                            close(content);
                            PDPage page = page(document, (float) sheet.pageWidthMm(), (float) sheet.pageHeightMm());
                            content = new PDPageContentStream(document, page);
                            painter = new PdfPainter(content, font);
                        }
                        int index = cell % sheet.cellsPerPage();
                        painter.paint(layout, mm(sheet.cellLeftMm(index)),
                                mm(sheet.pageHeightMm() - sheet.cellTopMm(index)));
                    }
                }
            } finally {
                close(content);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a label sheet PDF", e);
        }
    }

    private static PDPage page(PDDocument document, float widthMm, float heightMm) {
        PDPage page = new PDPage(new PDRectangle(widthMm * POINTS_PER_MM, heightMm * POINTS_PER_MM));
        document.addPage(page);
        return page;
    }

    private static float mm(double millimetres) {
        return (float) millimetres * POINTS_PER_MM;
    }

    private static void close(PDPageContentStream content) throws IOException {
        if (content != null) {
            content.close();
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
