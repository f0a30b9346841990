package fr.sav.inventory.labels;

import java.util.List;

/** Something to print: a barcode and the human-readable lines under or beside it, most important first. */
public sealed interface Label permits PartLabel, LocationLabel, UnitLabel, RepairOrderLabel {

    LabelKind kind();

    Barcode barcode();

    /** The text lines, first one printed biggest; lines that do not fit are shortened with an ellipsis. */
    List<String> lines();
}
