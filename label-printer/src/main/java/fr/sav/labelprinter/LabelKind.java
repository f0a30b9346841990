package fr.sav.labelprinter;

import java.util.regex.Pattern;

/** What a label identifies: each kind has its barcode prefix, a layout for a linear code and one for a 2D code. */
public enum LabelKind {

    /** A part number: "P:" + sku, Code 128 above (or a Data Matrix beside) the sku, name, condition and bin. */
    PART("P:", new LinearLayout(0.12, 0.095, 0.5), new MatrixLayout(0.13, 0.1, 1.0)),
    /** A store location or bin: "L:" + code, a big Code 128 above (or a Data Matrix beside) the code and name. */
    LOCATION("L:", new LinearLayout(0.2, 0.1, 1.0), new MatrixLayout(0.16, 0.1, 1.0)),
    /** A serialized unit: "U:" + serial, a 2D code beside serial, sku and condition. */
    UNIT("U:", new LinearLayout(0.12, 0.095, 0.5), new MatrixLayout(0.13, 0.1, 1.0)),
    /** A repair order follow sheet (fiche suiveuse): the order number itself, a 2D code beside the order. */
    REPAIR_ORDER("", new LinearLayout(0.12, 0.095, 0.5), new MatrixLayout(0.13, 0.1, 1.0));

    private static final Pattern KEY = Pattern.compile("[A-Z0-9._-]{1,60}");

    private final String prefix;
    private final LabelLayout linear;
    private final LabelLayout matrix;

    LabelKind(String prefix, LabelLayout linear, LabelLayout matrix) {
        this.prefix = prefix;
        this.linear = linear;
        this.matrix = matrix;
    }

    /** The barcode text of a key in the service's scheme, such as "P:LV-PMP-0042" or "RO-2026-000123". */
    public String codeFor(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a " + this + " key is 1 to 60 of A-Z 0-9 . - _; got '" + key + "'");
        }
        return prefix + key;
    }

    public String prefix() {
        return prefix;
    }

    LabelLayout layout(Symbology symbology) {
        return symbology.twoDimensional() ? matrix : linear;
    }
}
