package fr.sav.inventory.labels;

import java.util.List;

/** A part label: Code 128 of the code, then sku, name, and condition and bin when given (may be null). */
public record PartLabel(String code, String sku, String name, String condition, String bin) implements Label {

    public PartLabel {
        Lines.required(sku, "sku");
        Lines.required(name, "part name");
        new Barcode(code, Symbology.CODE_128);
    }

    /** A part label whose barcode follows the scheme: "P:" + sku. */
    public static PartLabel of(String sku, String name, String condition, String bin) {
        return new PartLabel(LabelKind.PART.codeFor(sku), sku, name, condition, bin);
    }

    @Override
    public LabelKind kind() {
        return LabelKind.PART;
    }

    @Override
    public Barcode barcode() {
        return new Barcode(code, Symbology.CODE_128);
    }

    @Override
    public List<String> lines() {
        return Lines.of(sku, name, Lines.joined(condition, bin));
    }
}
