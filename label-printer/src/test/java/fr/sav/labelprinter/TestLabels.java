package fr.sav.labelprinter;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Labels as the service prints them, one of each kind and symbology. */
final class TestLabels {

    static final List<LabelSize> SIZES = List.of(LabelSize.MM_50X30, LabelSize.MM_100X50, LabelSize.MM_57X32);
    static final List<Dpi> THERMAL_DPIS = List.of(Dpi.ZEBRA_203, Dpi.ZEBRA_300);

    private TestLabels() {
    }

    static PartLabel part() {
        return PartLabel.of("LV-PMP-0042", "Pompe de vidange lave-linge", "RECONDITIONED", "MAG-A-03");
    }

    static LocationLabel location() {
        return LocationLabel.of("MAG-A-03-2", "Magasin central, allée A, étagère 3");
    }

    static UnitLabel unit(Symbology symbology) {
        return UnitLabel.of("SN-88412-KX2", "TV-PWR-0300", "REPAIRED").with(symbology);
    }

    static RepairOrderLabel repairOrder(Symbology symbology) {
        return RepairOrderLabel.of("RO-2026-000123", "LV-MTR-0007 moteur à charbons", "Mme Bérénice Laçroix",
                LocalDate.of(2026, 3, 14)).with(symbology);
    }

    /** Every kind with every symbology it may carry. */
    static Stream<Label> all() {
        return Stream.of(part(), location(), unit(Symbology.QR_CODE), unit(Symbology.DATA_MATRIX),
                repairOrder(Symbology.QR_CODE), repairOrder(Symbology.DATA_MATRIX));
    }
}
