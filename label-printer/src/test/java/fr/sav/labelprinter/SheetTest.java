package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SheetTest {

    private static final int RENDER_DPI = 300;

    private final Labels labels = new Labels();

    static List<SheetLayout> presets() {
        return List.of(SheetLayout.A4_3X8_70X37, SheetLayout.A4_2X7_99X38, SheetLayout.A4_3X7_63X38,
                SheetLayout.A4_4X10_52X29);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyCellOnEveryPageScansBackInOrder(SheetLayout sheet) throws IOException {
        List<LabelCopies> items = new ArrayList<>();
        items.add(new LabelCopies(TestLabels.location(), 2));
        items.add(new LabelCopies(TestLabels.unit(Symbology.DATA_MATRIX), 3));
        items.add(new LabelCopies(TestLabels.repairOrder(Symbology.QR_CODE), 2));
        IntStream.range(0, sheet.cellsPerPage()).forEach(i -> items.add(LabelCopies.one(
                PartLabel.of(String.format("LV-PMP-%04d", i), "Pompe n° " + i, "NEW", null))));
        List<String> expected = expectedCodes(items);

        List<String> scanned = scan(labels.sheet(items, sheet), sheet, items);

        assertEquals(expected, scanned);
        assertEquals(sheet.cellsPerPage() + 7, scanned.size());
    }

    @Test
    void labelsBeyondTheCellsOfOnePageGoOnMorePages() throws IOException {
        List<LabelCopies> items = List.of(new LabelCopies(TestLabels.part(), 49));

        try (PDDocument document = Loader.loadPDF(labels.sheet(items, SheetLayout.A4_3X8_70X37))) {
            assertEquals(3, document.getNumberOfPages());
            assertEquals(210 * 72 / 25.4, document.getPage(2).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void aGridLargerThanThePageIsRefused() {
        LabelSize size = new LabelSize(70, 37);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SheetLayout.a4(size, 3, 8, 5, 0.5, 0, 0));

        assertEquals("3 x 8 labels of 70x37 mm with these margins and gaps need 215.0 x 296.5 mm;"
                + " the page is 210.0 x 297.0", refused.getMessage());
    }

    private static List<String> expectedCodes(List<LabelCopies> items) {
        List<String> codes = new ArrayList<>();
        items.forEach(item -> IntStream.range(0, item.copies()).forEach(i -> codes.add(item.label().barcode().text())));
        return codes;
    }

    private static List<String> scan(byte[] pdf, SheetLayout sheet, List<LabelCopies> items) throws IOException {
        List<Layout> layouts = new ArrayList<>();
        items.forEach(item -> IntStream.range(0, item.copies()).forEach(i ->
                layouts.add(LabelLayout.of(item.label(), sheet.labelSize(), Dpi.OFFICE_600))));
        List<String> scanned = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, RENDER_DPI, ImageType.GRAY);
                for (int cell = 0; cell < sheet.cellsPerPage(); cell++) {
                    int index = page * sheet.cellsPerPage() + cell;
                    if (index < layouts.size()) {
                        scanned.add(Scan.read(crop(image, sheet, cell), layouts.get(index), 0.5));
                    }
                }
            }
        }
        return scanned;
    }

    private static BufferedImage crop(BufferedImage page, SheetLayout sheet, int cell) {
        int x = pixels(sheet.cellLeftMm(cell));
        int y = pixels(sheet.cellTopMm(cell));
        int width = Math.min(pixels(sheet.labelSize().widthMm()), page.getWidth() - x);
        int height = Math.min(pixels(sheet.labelSize().heightMm()), page.getHeight() - y);
        return page.getSubimage(x, y, width, height);
    }

    private static int pixels(double mm) {
        return (int) Math.round(mm * RENDER_DPI / 25.4);
    }
}
