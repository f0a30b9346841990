package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @Test
    void sizesAreReadAsWidthByHeightInMillimetres() {
        assertEquals(new LabelSize(50, 30), LabelSize.parse("50x30"));
        assertEquals(new LabelSize(57, 32), LabelSize.parse("57X32"));
        assertEquals(new LabelSize(99.1, 38.1), LabelSize.parse(" 99,1 x 38.1 mm"));
        assertEquals("99.1x38.1", LabelSize.parse("99.1x38.1").toString());
        assertEquals("100x50", LabelSize.MM_100X50.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"50", "50x", "x30", "0x30", "50x-3", "abc", "5000x30", "50x30x2", "9x30", "50x9",
            "221x50", "50x301", "50x30cm"})
    void nonsenseSizesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> LabelSize.parse(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 72, 99, 1201, 2400})
    void unreasonableResolutionsAreRefused(int dpi) {
        assertThrows(IllegalArgumentException.class, () -> new Dpi(dpi));
    }

    @Test
    void theSmallestModuleGrowsWithTheResolution() {
        assertEquals(2, Symbology.CODE_128.minModuleDots(Dpi.ZEBRA_203));
        assertEquals(2, Symbology.CODE_128.minModuleDots(Dpi.ZEBRA_300));
        assertEquals(4, Symbology.CODE_128.minModuleDots(Dpi.OFFICE_600));
        assertEquals(3, Symbology.QR_CODE.minModuleDots(Dpi.ZEBRA_203));
        assertEquals(4, Symbology.DATA_MATRIX.minModuleDots(Dpi.ZEBRA_300));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Pompé", "P:\tX", "P:\nX", "P:€"})
    void barcodeTextMustBePrintableAscii(String text) {
        assertThrows(IllegalArgumentException.class, () -> new Barcode(text, Symbology.CODE_128));
    }

    @Test
    void barcodeTextHasABoundedLength() {
        assertThrows(IllegalArgumentException.class, () -> new Barcode("A".repeat(81), Symbology.QR_CODE));
        assertEquals(80, new Barcode("A".repeat(80), Symbology.QR_CODE).text().length());
    }

    @Test
    void keysBecomeCodesOfTheScheme() {
        assertEquals("P:LV-PMP-0042", LabelKind.PART.codeFor("LV-PMP-0042"));
        assertEquals("L:MAG-A-03", LabelKind.LOCATION.codeFor("MAG-A-03"));
        assertEquals("U:SN_88412.KX2", LabelKind.UNIT.codeFor("SN_88412.KX2"));
        assertEquals("RO-2026-000123", LabelKind.REPAIR_ORDER.codeFor("RO-2026-000123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lv-pmp-0042", "LV PMP", "LV:PMP", "LÉ-01", ""})
    void keysOutsideTheSchemeAreRefused(String key) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LabelKind.PART.codeFor(key));

        assertTrue(refused.getMessage().contains("A-Z 0-9 . - _"), refused.getMessage());
    }

    @Test
    void everyKindTakesEverySymbologyButAPartNeedsAName() {
        assertEquals(Symbology.CODE_128, new UnitLabel("U:SN", "SN", "SKU", null, Symbology.CODE_128).barcode().symbology());
        assertEquals(Symbology.QR_CODE, PartLabel.of("X", "Pompe", null, null).with(Symbology.QR_CODE).barcode().symbology());
        assertThrows(IllegalArgumentException.class, () -> new PartLabel("P:X", "X", " ", null, null, null));
    }

    @Test
    void formatsAreReadByName() {
        assertEquals(LabelFormat.ZPL, LabelFormat.parse("ZPL"));
        assertEquals("image/png", LabelFormat.parse("png").mediaType());
        assertThrows(IllegalArgumentException.class, () -> LabelFormat.parse("gif"));
    }

    @Test
    void copiesAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> new LabelCopies(TestLabels.part(), 0));
        assertThrows(IllegalArgumentException.class, () -> new LabelCopies(TestLabels.part(), 10_001));
    }

    @Test
    void textOutsideWinAnsiIsReplacedLetterByLetter() {
        assertEquals("Lódz ? ? e", PrintableText.clean("Łódź ✓ 漢 ě"));
        assertEquals("Crèvecœur, 12 €", PrintableText.clean(" Crèvecœur,\t12 € "));
    }
}
