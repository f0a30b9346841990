package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfLabelsTest {

    private static final int RENDER_DPI = 600;

    private final Labels labels = new Labels();

    static Stream<Arguments> labelsSizesAndResolutions() {
        return TestLabels.all().flatMap(label -> TestLabels.SIZES.stream().flatMap(size ->
                TestLabels.THERMAL_DPIS.stream().map(dpi -> Arguments.of(label, size, dpi))));
    }

    @ParameterizedTest(name = "{0} on {1} at {2}")
    @MethodSource("labelsSizesAndResolutions")
    void everyPdfPageScansBackToExactlyItsCode(Label label, LabelSize size, Dpi dpi) throws IOException {
        byte[] pdf = labels.pdf(label, size, dpi);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, RENDER_DPI, ImageType.GRAY);

            assertEquals(1, document.getNumberOfPages());
            assertEquals(label.barcode().text(),
                    Scan.read(image, LabelLayout.of(label, size, dpi), (double) RENDER_DPI / dpi.value()));
        }
    }

    @Test
    void thePageHasTheSizeOfTheLabel() throws IOException {
        byte[] pdf = labels.pdf(TestLabels.part(), LabelSize.MM_57X32, Dpi.ZEBRA_203);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(57 * 72 / 25.4, box.getWidth(), 0.01);
            assertEquals(32 * 72 / 25.4, box.getHeight(), 0.01);
        }
    }

    @Test
    void accentedTextIsExtractedAsWritten() throws IOException {
        Label label = RepairOrderLabel.of("RO-2026-000124", "Hublot œil-de-bœuf", "Mme Bérénice Laçroix",
                java.time.LocalDate.of(2026, 1, 2));

        String text = text(labels.pdf(label, LabelSize.MM_100X50, Dpi.ZEBRA_300));

        assertTrue(text.contains("Hublot œil-de-bœuf"), text);
        assertTrue(text.contains("Mme Bérénice Laçroix"), text);
    }

    @Test
    void theFontTravelsWithThePdf() throws IOException {
        byte[] pdf = labels.pdf(TestLabels.part(), LabelSize.MM_50X30, Dpi.ZEBRA_203);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(0).getResources();
            org.apache.pdfbox.pdmodel.font.PDFont font = resources.getFont(resources.getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), font.getName());
            assertTrue(font.getName().endsWith("LiberationSans"), font.getName());
        }
    }

    @Test
    void theEmbeddedFontHasNoGlyphSubstitutionForPdfBoxToRunOnEveryLine() throws IOException {
        try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBuffer(LabelFont.trueType()))) {
            assertTrue(font.getTableMap().containsKey("GSUX") && !font.getTableMap().containsKey("GSUB"),
                    font.getTableMap().keySet()::toString);
        }
    }

    @Test
    void charactersOutsideTheLabelRepertoireAreReplacedRatherThanFailing() throws IOException {
        Label label = PartLabel.of("LV-PMP-0042", "Łódź ✓ 漢", null, null);

        String text = text(labels.pdf(label, LabelSize.MM_100X50, Dpi.ZEBRA_203));

        assertTrue(text.contains("Lódz ? ?"), text);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
