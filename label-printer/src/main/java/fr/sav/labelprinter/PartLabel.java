package fr.sav.labelprinter;

import java.util.List;

/**
 * A part label: the code (Code 128, or a Data Matrix where that does not fit), then sku, name, and condition and
 * bin when given (may be null).
 */
public record PartLabel(String code, String sku, String name, String condition, String bin, Symbology symbology)
        implements Label {

    public PartLabel {
        Lines.required(sku, "sku");
        Lines.required(name, "part name");
        new Barcode(code, symbology == null ? Symbology.CODE_128 : symbology);
    }

    /** A part label whose barcode follows the scheme ("P:" + sku), in the automatic symbology. */
    public static PartLabel of(String sku, String name, String condition, String bin) {
        return new PartLabel(LabelKind.PART.codeFor(sku), sku, name, condition, bin, null);
    }

    @Override
    public PartLabel with(Symbology other) {
        return new PartLabel(code, sku, name, condition, bin, other);
    }

    @Override
    public LabelKind kind() {
        return LabelKind.PART;
    }

    @Override
    public List<String> lines() {
        return Lines.of(sku, name, Lines.joined(condition, bin));
    }
}
