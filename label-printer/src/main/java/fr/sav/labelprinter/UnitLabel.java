package fr.sav.labelprinter;

import java.util.List;

/** A serialized unit label: a QR code (or another symbology asked for) beside serial, sku and condition (may be null). */
public record UnitLabel(String code, String serial, String sku, String condition, Symbology symbology)
        implements Label {

    public UnitLabel {
        Lines.required(serial, "serial");
        Lines.required(sku, "sku");
        new Barcode(code, symbology);
    }

    /** A unit label with a QR code following the scheme: "U:" + serial. */
    public static UnitLabel of(String serial, String sku, String condition) {
        return new UnitLabel(LabelKind.UNIT.codeFor(serial), serial, sku, condition, Symbology.QR_CODE);
    }

    /** The same label in another symbology; null goes back to the scheme's QR code. */
    @Override
    public UnitLabel with(Symbology other) {
        return new UnitLabel(code, serial, sku, condition, other == null ? Symbology.QR_CODE : other);
    }

    @Override
    public LabelKind kind() {
        return LabelKind.UNIT;
    }

    @Override
    public List<String> lines() {
        return Lines.of(serial, sku, condition);
    }
}
