package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutTest {

    private static final String LONG_NAME = "Carte de puissance reconditionnée pour téléviseur LED 55 pouces,"
            + " modèle européen, avec dissipateur et nappe".repeat(3);

    static Stream<Arguments> longTextsOnEverySize() {
        Stream<Label> labels = Stream.of(
                PartLabel.of("LV-PMP-0042", LONG_NAME, "RECONDITIONED", "MAG-A-03-ÉTAGÈRE-HAUTE"),
                LocationLabel.of("MAG-A-03", LONG_NAME),
                UnitLabel.of("SN-88412-KX2-0000000000", LONG_NAME, "REPAIRED"),
                RepairOrderLabel.of("RO-2026-000123", LONG_NAME, LONG_NAME, LocalDate.of(2026, 3, 14)));
        return labels.flatMap(label -> Stream.of(LabelSize.MM_50X30, LabelSize.MM_57X32, LabelSize.MM_100X50,
                new LabelSize(60, 20), new LabelSize(150, 100)).flatMap(size ->
                Stream.of(Dpi.ZEBRA_203, Dpi.ZEBRA_300, Dpi.OFFICE_600).map(dpi -> Arguments.of(label, size, dpi))));
    }

    @ParameterizedTest(name = "{0} on {1} at {2}")
    @MethodSource("longTextsOnEverySize")
    void textAndCodeStayInsideTheLabel(Label label, LabelSize size, Dpi dpi) {
        Layout layout = LabelLayout.of(label, size, dpi);

        for (Layout.PlacedText text : layout.texts()) {
            assertTrue(text.x() >= 0 && text.x() + TextFit.width(text.text(), text.size()) <= layout.width(),
                    "too wide: " + text);
            assertTrue(text.top() >= 0 && text.top() + LabelFont.lineHeight(text.size()) <= layout.height(),
                    "too low: " + text);
            assertTrue(text.top() >= layout.code().y() + layout.code().height() || text.x() >= layout.code().x()
                    + layout.code().width(), "over the code: " + text);
        }
        Layout.PlacedCode code = layout.code();
        int quiet = code.symbol().quietZone() * code.module();
        assertTrue(code.x() - quiet >= 0 && code.x() + code.width() + quiet <= layout.width(), "quiet zone cut");
        assertTrue(code.y() >= 0 && code.y() + code.height() <= layout.height(), "code cut");
    }

    @Test
    void aLongNameIsShortenedWithAnEllipsis() {
        Layout layout = LabelLayout.of(PartLabel.of("LV-PMP-0042", LONG_NAME, null, null), LabelSize.MM_50X30,
                Dpi.ZEBRA_203);

        String name = layout.texts().get(1).text();

        assertTrue(name.startsWith("Carte de puissance") && name.endsWith("…"), name);
    }

    @Test
    void linesAreDroppedBeforeTheBarsGetTooShort() {
        Layout layout = LabelLayout.of(TestLabels.part(), new LabelSize(50, 15), Dpi.ZEBRA_203);

        assertEquals(1, layout.texts().size());
        assertEquals("LV-PMP-0042", layout.texts().get(0).text());
    }

    @Test
    void aRepairOrderWithoutCustomerSaysCompany() {
        RepairOrderLabel label = RepairOrderLabel.of("RO-2026-000001", "LV-PMP-0042", null, LocalDate.of(2026, 1, 5));

        assertEquals(java.util.List.of("RO-2026-000001", "LV-PMP-0042", "company", "2026-01-05"), label.lines());
    }

    @Test
    void aPartLabelJoinsConditionAndBin() {
        assertEquals(java.util.List.of("LV-PMP-0042", "Pompe de vidange lave-linge", "RECONDITIONED · MAG-A-03"),
                TestLabels.part().lines());
        assertEquals(java.util.List.of("LV-PMP-0042", "Pompe"), PartLabel.of("LV-PMP-0042", "Pompe", " ", null).lines());
    }
}
