package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CodeDoesNotFitTest {

    private static final String LONG_SKU = "LAVE-LINGE-POMPE-VIDANGE-COMPLETE-AVEC";

    private final Labels labels = new Labels();

    @Test
    void aCodeAskedForInCode128ThatDoesNotFitIsRefusedWithItsLengthAndTheLabelSize() {
        PartLabel label = PartLabel.of(LONG_SKU, "Pompe", null, null).with(Symbology.CODE_128);

        CodeDoesNotFit refused = assertThrows(CodeDoesNotFit.class,
                () -> labels.png(label, LabelSize.MM_50X30, Dpi.ZEBRA_203));

        assertAll(
                () -> assertTrue(refused.getMessage().startsWith(
                        "Code 128 'P:" + LONG_SKU + "' (40 characters) does not fit a 50x30 mm label at 203 dpi: "),
                        refused.getMessage()),
                () -> assertTrue(refused.getMessage().contains("48.0 mm are available"), refused.getMessage()),
                () -> assertEquals(LabelSize.MM_50X30, refused.size()),
                () -> assertEquals("P:" + LONG_SKU, refused.barcode().text()));
    }

    @Test
    void everyOutputRefusesTheSameCode() {
        PartLabel label = PartLabel.of(LONG_SKU, "Pompe", null, null).with(Symbology.CODE_128);

        assertThrows(CodeDoesNotFit.class, () -> labels.pdf(label, LabelSize.MM_50X30, Dpi.ZEBRA_300));
        assertThrows(CodeDoesNotFit.class, () -> labels.zpl(label, LabelSize.MM_50X30, Dpi.ZEBRA_300, 1));
        assertThrows(CodeDoesNotFit.class, () -> labels.sheet(java.util.List.of(LabelCopies.one(label)),
                SheetLayout.A4_4X10_52X29));
    }

    @Test
    void theSameCodeFitsAWiderLabelAndScans() throws IOException {
        PartLabel label = PartLabel.of("LAVE-LINGE-POMPE-VIDANGE", "Pompe", null, null);

        byte[] png = labels.png(label, LabelSize.MM_100X50, Dpi.ZEBRA_203);

        assertEquals(label.code(), Scan.read(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)),
                Symbology.CODE_128));
    }

    @Test
    void aLong2DCodeOnASmallLabelIsRefused() {
        UnitLabel label = new UnitLabel("U:" + "SN-0123456789-ABCDEFGHIJ".repeat(3), "SN", "SKU", null,
                Symbology.DATA_MATRIX);

        CodeDoesNotFit refused = assertThrows(CodeDoesNotFit.class,
                () -> labels.png(label, new LabelSize(30, 15), Dpi.ZEBRA_203));

        assertTrue(refused.getMessage().contains("(74 characters) does not fit a 30x15 mm label"),
                refused.getMessage());
    }

    @Test
    void aLabelTooShortForScannableBarsIsRefused() {
        CodeDoesNotFit refused = assertThrows(CodeDoesNotFit.class,
                () -> labels.png(TestLabels.part().with(Symbology.CODE_128), new LabelSize(100, 10), Dpi.ZEBRA_203));

        assertTrue(refused.getMessage().contains("bars need to be"), refused.getMessage());
    }
}
