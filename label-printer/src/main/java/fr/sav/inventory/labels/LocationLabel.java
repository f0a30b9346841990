package fr.sav.inventory.labels;

import java.util.List;

/** A store location or bin label: a big Code 128 of the code, then the location code and name (may be null). */
public record LocationLabel(String code, String locationCode, String name) implements Label {

    public LocationLabel {
        Lines.required(locationCode, "location code");
        new Barcode(code, Symbology.CODE_128);
    }

    /** A location label whose barcode follows the scheme: "L:" + location code. */
    public static LocationLabel of(String locationCode, String name) {
        return new LocationLabel(LabelKind.LOCATION.codeFor(locationCode), locationCode, name);
    }

    @Override
    public LabelKind kind() {
        return LabelKind.LOCATION;
    }

    @Override
    public Barcode barcode() {
        return new Barcode(code, Symbology.CODE_128);
    }

    @Override
    public List<String> lines() {
        return Lines.of(locationCode, name);
    }
}
