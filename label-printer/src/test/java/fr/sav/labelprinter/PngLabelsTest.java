package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PngLabelsTest {

    private final Labels labels = new Labels();

    static Stream<Arguments> labelsSizesAndResolutions() {
        return TestLabels.all().flatMap(label -> TestLabels.SIZES.stream().flatMap(size ->
                Stream.of(Dpi.ZEBRA_203, Dpi.ZEBRA_300, Dpi.OFFICE_600).map(dpi -> Arguments.of(label, size, dpi))));
    }

    @ParameterizedTest(name = "{0} on {1} at {2}")
    @MethodSource("labelsSizesAndResolutions")
    void everyPngScansBackToExactlyItsCode(Label label, LabelSize size, Dpi dpi) throws IOException {
        byte[] png = labels.png(label, size, dpi);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertEquals(label.barcode().text(), Scan.read(image, LabelLayout.of(label, size, dpi), 1));
        assertEquals(dpi.dots(size.widthMm()), image.getWidth());
        assertEquals(dpi.dots(size.heightMm()), image.getHeight());
    }

    @Test
    void barsAreWholeModulesOfWholePixels() {
        Layout layout = LabelLayout.of(TestLabels.part(), LabelSize.MM_100X50, Dpi.ZEBRA_300);
        BufferedImage image = Raster.draw(layout);
        int row = layout.code().y() + layout.code().barHeight() / 2;

        int run = 1;
        int runs = 0;
        for (int x = layout.code().x() + 1; x < layout.code().x() + layout.code().width(); x++) {
            if (black(image, x, row) == black(image, x - 1, row)) {
                run++;
                continue;
            }
            assertEquals(0, run % layout.code().module(), "a run of " + run + " dots ends at x=" + x);
            run = 1;
            runs++;
        }

        assertTrue(layout.code().module() >= 2);
        assertTrue(runs > 20, "only " + runs + " bar edges found");
        assertTrue(black(image, layout.code().x(), row), "the symbol starts with a bar");
    }

    @Test
    void theQuietZonesAroundTheBarsStayWhite() {
        Layout layout = LabelLayout.of(TestLabels.part(), LabelSize.MM_50X30, Dpi.ZEBRA_203);
        BufferedImage image = Raster.draw(layout);
        Layout.PlacedCode code = layout.code();
        int quiet = Symbology.CODE_128.quietZoneModules() * code.module();

        for (int y = code.y(); y < code.y() + code.barHeight(); y++) {
            for (int x = code.x() - quiet; x < code.x(); x++) {
                assertTrue(!black(image, x, y) && !black(image, code.x() + code.width() + (code.x() - 1 - x), y),
                        "ink in the quiet zone at row " + y);
            }
        }
        assertTrue(code.x() - quiet >= 0 && code.x() + code.width() + quiet <= layout.width());
    }

    @Test
    void accentedNamesAreDrawnInTheTextArea() {
        PartLabel label = PartLabel.of("LV-PMP-0042", "éèàçô œ", null, null);
        Layout layout = LabelLayout.of(label, LabelSize.MM_50X30, Dpi.ZEBRA_203);
        Layout.PlacedText name = layout.texts().get(1);

        BufferedImage image = labels.image(label, LabelSize.MM_50X30, Dpi.ZEBRA_203);

        assertEquals("éèàçô œ", name.text());
        int inked = 0;
        for (int y = name.top(); y < name.top() + LabelFont.lineHeight(name.size()); y++) {
            for (int x = name.x(); x < name.x() + TextFit.width(name.text(), name.size()); x++) {
                inked += black(image, x, y) ? 1 : 0;
            }
        }
        assertTrue(inked > 50, "only " + inked + " black pixels where the name is drawn");
    }

    @Test
    void imagesAreOneBitBlackOnWhite() {
        BufferedImage image = labels.image(TestLabels.unit(Symbology.QR_CODE), LabelSize.MM_50X30, Dpi.ZEBRA_203);

        assertEquals(BufferedImage.TYPE_BYTE_BINARY, image.getType());
        assertEquals(1, image.getColorModel().getPixelSize());
        assertEquals(0xFFFFFFFF, image.getRGB(0, 0));
    }

    @Test
    void thePngRecordsItsResolution() {
        byte[] png = labels.png(TestLabels.part(), LabelSize.MM_50X30, Dpi.ZEBRA_300);

        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(png);
        int at = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("pHYs") + 4;

        assertEquals(11811, bytes.getInt(at));
        assertEquals(11811, bytes.getInt(at + 4));
        assertEquals(1, bytes.get(at + 8));
    }

    static boolean black(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0;
    }
}
