package fr.sav.inventory.labels;

import java.util.List;

/** A serialized unit label: a QR or Data Matrix code beside serial, sku and condition (may be null). */
public record UnitLabel(String code, String serial, String sku, String condition, Symbology symbology)
        implements Label {

    public UnitLabel {
        Lines.required(serial, "serial");
        Lines.required(sku, "sku");
        MatrixLayout.requireTwoDimensional(symbology);
        new Barcode(code, symbology);
    }

    /** A unit label with a QR code following the scheme: "U:" + serial. */
    public static UnitLabel of(String serial, String sku, String condition) {
        return new UnitLabel(LabelKind.UNIT.codeFor(serial), serial, sku, condition, Symbology.QR_CODE);
    }

    /** The same label with another 2D symbology. */
    public UnitLabel with(Symbology other) {
        return new UnitLabel(code, serial, sku, condition, other);
    }

    @Override
    public LabelKind kind() {
        return LabelKind.UNIT;
    }

    @Override
    public Barcode barcode() {
        return new Barcode(code, symbology);
    }

    @Override
    public List<String> lines() {
        return Lines.of(serial, sku, condition);
    }
}
