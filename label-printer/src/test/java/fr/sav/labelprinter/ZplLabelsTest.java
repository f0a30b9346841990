package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZplLabelsTest {

    private final Labels labels = new Labels();

    static Stream<Arguments> labelsSizesAndResolutions() {
        return TestLabels.all().flatMap(label -> TestLabels.SIZES.stream().flatMap(size ->
                TestLabels.THERMAL_DPIS.stream().map(dpi -> Arguments.of(label, size, dpi))));
    }

    @ParameterizedTest(name = "{0} on {1} at {2}")
    @MethodSource("labelsSizesAndResolutions")
    void theBarcodeFieldCarriesExactlyTheCode(Label label, LabelSize size, Dpi dpi) {
        String zpl = labels.zpl(label, size, dpi, 1);

        List<Zpl.Field> codes = Zpl.fields(zpl).stream().filter(f -> f.format().name().startsWith("^B")).toList();

        assertEquals(1, codes.size());
        assertEquals(command(label.barcode().symbology()), codes.get(0).format().name());
        assertEquals(label.barcode().text(), Zpl.barcodeText(codes.get(0)));
        assertEquals(String.valueOf(dpi.dots(size.widthMm())), parameters(zpl, "^PW"));
        assertEquals(String.valueOf(dpi.dots(size.heightMm())), parameters(zpl, "^LL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P:A>B", "P:^XZ~JR_5E`d096>0", ">;12"})
    void barcodeTextWithCharactersZplTreatsSpeciallyIsEncodedAsIs(String text) {
        List<Label> withText = List.of(new PartLabel(text, "SKU", "name", null, null, null),
                new UnitLabel(text, "SN", "SKU", null, Symbology.QR_CODE),
                new UnitLabel(text, "SN", "SKU", null, Symbology.DATA_MATRIX));

        for (Label label : withText) {
            String zpl = labels.zpl(label, LabelSize.MM_100X50, Dpi.ZEBRA_203, 1);

            Zpl.Field code = Zpl.fields(zpl).stream().filter(f -> f.format().name().startsWith("^B")).findFirst()
                    .orElseThrow();
            assertEquals(text, Zpl.barcodeText(code), zpl);
            assertEquals(1, Zpl.count(zpl, "^XA"));
        }
    }

    @Test
    void textWithZplCommandsInjectsNoCommand() {
        String name = "Joint ^XZ^XA^GB9,9^FS~JR_5E";
        String benign = "Joint XZXAGB9,9FS JR 5E";

        String zpl = labels.zpl(PartLabel.of("LV-JNT-0001", name, null, null), LabelSize.MM_100X50, Dpi.ZEBRA_300, 1);
        String reference = labels.zpl(PartLabel.of("LV-JNT-0001", benign, null, null), LabelSize.MM_100X50,
                Dpi.ZEBRA_300, 1);

        assertEquals(names(reference), names(zpl));
        assertEquals(1, Zpl.count(zpl, "^XA"));
        assertEquals(1, Zpl.count(zpl, "^XZ"));
        assertEquals(-1, zpl.indexOf('~'));
        assertTrue(Zpl.fields(zpl).stream().anyMatch(field -> field.data().equals(name)), zpl);
    }

    @Test
    void accentedTextIsSentAsHexEscapedUtf8UnderCi28() {
        String zpl = labels.zpl(PartLabel.of("LV-JNT-0002", "Joint éèàç", null, null), LabelSize.MM_100X50,
                Dpi.ZEBRA_203, 1);

        assertTrue(zpl.indexOf("^CI28") < zpl.indexOf("^FD"));
        assertTrue(zpl.contains("^FH_^FDJoint _C3_A9_C3_A8_C3_A0_C3_A7^FS"), zpl);
        assertTrue(zpl.chars().allMatch(c -> c < 0x80), "ZPL output is pure ASCII");
    }

    @Test
    void copiesArePrintedWithPq() {
        String zpl = labels.zpl(TestLabels.part(), LabelSize.MM_50X30, Dpi.ZEBRA_203, 3);

        assertEquals("3", parameters(zpl, "^PQ"));
    }

    @Test
    void oneJobHoldsEveryLabelAsItsOwnFormat() {
        List<LabelCopies> items = List.of(LabelCopies.one(TestLabels.part()), new LabelCopies(TestLabels.location(), 2),
                LabelCopies.one(TestLabels.unit(Symbology.DATA_MATRIX)));

        String zpl = labels.zpl(items, LabelSize.MM_57X32, Dpi.ZEBRA_203);

        assertEquals(3, Zpl.count(zpl, "^XA"));
        assertEquals(3, Zpl.count(zpl, "^XZ"));
        assertEquals(List.of("1", "2", "1"), Zpl.commands(zpl).stream().filter(c -> c.name().equals("^PQ"))
                .map(Zpl.Command::parameters).toList());
    }

    @Test
    void modulesStayWithinWhatZplAccepts() {
        String zpl = labels.zpl(TestLabels.location(), LabelSize.MM_100X50, Dpi.OFFICE_600, 1);

        int module = Integer.parseInt(parameters(zpl, "^BY"));

        assertEquals(ZplWriter.MAX_MODULE_DOTS, module);
    }

    private static String command(Symbology symbology) {
        return switch (symbology) {
            case CODE_128 -> "^BC";
            case QR_CODE -> "^BQ";
            case DATA_MATRIX -> "^BX";
        };
    }

    private static String parameters(String zpl, String name) {
        return Zpl.commands(zpl).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().parameters();
    }

    private static List<String> names(String zpl) {
        return Zpl.commands(zpl).stream().map(Zpl.Command::name).toList();
    }
}
