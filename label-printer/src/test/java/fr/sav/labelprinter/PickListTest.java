package fr.sav.labelprinter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A transfer's pick list: each line's location and part barcodes scan back, and long lists go on to more pages. */
class PickListTest {

    private static final int RENDER_DPI = 300;
    private static final double PX_PER_MM = RENDER_DPI / 25.4;

    private final Labels labels = new Labels();

    @Test
    void eachLineCarriesTheLocationAndThePartAsScannableCodes() throws IOException {
        PickList list = new PickList("TO-2026-000001", List.of("MAG-CENTRAL → VAN-07", "OPEN"), List.of(
                new PickList.Line("MAG-CENTRAL", "Magasin central", "LV-PMP-0042", "Pompe de vidange", "NEW", 3)));

        byte[] pdf = labels.pickList(list);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, RENDER_DPI, ImageType.GRAY);
            assertEquals("L:MAG-CENTRAL", Scan.read(area(page, 12, 38, 55, 24), Symbology.CODE_128));
            assertEquals("P:LV-PMP-0042", Scan.read(area(page, 72, 38, 70, 24), Symbology.CODE_128));
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("TO-2026-000001"), text);
            assertTrue(text.contains("3 ×"), text);
            assertTrue(text.contains("Pompe de vidange"), text);
        }
    }

    @Test
    void aLongListGoesOnToMorePages() throws IOException {
        List<PickList.Line> lines = IntStream.range(0, 20).mapToObj(i -> new PickList.Line("MAG-CENTRAL", "Magasin",
                "LV-PMP-" + i, "Pompe " + i, "NEW", i + 1)).toList();

        try (PDDocument document = Loader.loadPDF(labels.pickList(new PickList("TO-2026-000002", List.of(), lines)))) {
            assertEquals(3, document.getNumberOfPages(), "9 lines a page: 20 lines take 3 pages");
        }
    }

    @Test
    void aPickListWithoutLinesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PickList("TO-2026-000003", List.of(), List.of()));
    }

    private static BufferedImage area(BufferedImage page, double leftMm, double topMm, double widthMm, double heightMm) {
        return page.getSubimage((int) (leftMm * PX_PER_MM), (int) (topMm * PX_PER_MM), (int) (widthMm * PX_PER_MM),
                (int) (heightMm * PX_PER_MM));
    }
}
