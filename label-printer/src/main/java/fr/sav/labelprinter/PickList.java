package fr.sav.labelprinter;

import java.util.List;

/**
 * A pick list for the storekeeper who prepares a transfer: a title (the order's number), header lines (from where to
 * where, when), and one line per part with where to take it, what, in which condition and how many.
 */
public record PickList(String title, List<String> header, List<Line> lines) {

    public PickList {
        Lines.required(title, "pick list title");
        header = List.copyOf(header);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a pick list needs at least one line");
        }
    }

    /** One part to pick: the location's and the part's barcodes are printed beside the quantity. */
    public record Line(String location, String locationName, String sku, String name, String condition, int quantity) {
    }
}
