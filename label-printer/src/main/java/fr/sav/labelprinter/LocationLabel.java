package fr.sav.labelprinter;

import java.util.List;

/**
 * A store location or bin label: a big code (Code 128, or a Data Matrix where that does not fit), then the
 * location code and name (may be null).
 */
public record LocationLabel(String code, String locationCode, String name, Symbology symbology) implements Label {

    public LocationLabel {
        Lines.required(locationCode, "location code");
        new Barcode(code, symbology == null ? Symbology.CODE_128 : symbology);
    }

    /** A location label whose barcode follows the scheme ("L:" + location code), in the automatic symbology. */
    public static LocationLabel of(String locationCode, String name) {
        return new LocationLabel(LabelKind.LOCATION.codeFor(locationCode), locationCode, name, null);
    }

    @Override
    public LocationLabel with(Symbology other) {
        return new LocationLabel(code, locationCode, name, other);
    }

    @Override
    public LabelKind kind() {
        return LabelKind.LOCATION;
    }

    @Override
    public List<String> lines() {
        return Lines.of(locationCode, name);
    }
}
