package fr.sav.labelprinter;

import java.util.List;

/** Something to print: a barcode and the human-readable lines under or beside it, most important first. */
public sealed interface Label permits PartLabel, LocationLabel, UnitLabel, RepairOrderLabel {

    LabelKind kind();

    /** The text the barcode carries, as a scanner will type it. */
    String code();

    /**
     * The symbology asked for; null for "automatic": Code 128 where it fits the label, otherwise a Data Matrix
     * (every 2D imager reads it), so that a label always prints ({@link LabelLayout#of}).
     */
    Symbology symbology();

    /** The same label in another symbology, or automatic with null. */
    Label with(Symbology symbology);

    /** The barcode as asked for; an automatic label's is its Code 128. */
    default Barcode barcode() {
        return new Barcode(code(), symbology() == null ? Symbology.CODE_128 : symbology());
    }

    /** The text lines, first one printed biggest; lines that do not fit are shortened with an ellipsis. */
    List<String> lines();
}
