package fr.sav.inventory.labels;

import java.util.List;
import java.util.Locale;

/** Places a label's code and lines on a label size at a resolution. */
interface LabelLayout {

    double EDGE_MM = 1.0;
    double MARGIN_MM = 1.5;

    Layout place(Label label, Symbol symbol, LabelSize size, Dpi dpi, int maxModuleDots);

    static Layout of(Label label, LabelSize size, Dpi dpi) {
        return label.kind().layout().place(label, Symbol.of(label.barcode()), size, dpi, Integer.MAX_VALUE);
    }

    /** The largest whole-dot module, up to the maxima, at which modules plus quiet zones fit the room. */
    static int module(Symbol symbol, int modulesWithQuietZone, int roomDots, double maxModuleMm, int maxModuleDots,
                      LabelSize size, Dpi dpi) {
        int min = symbol.barcode().symbology().minModuleDots(dpi);
        int max = Math.max(min, Math.min(maxModuleDots, (int) Math.floor(dpi.value() * maxModuleMm / 25.4)));
        int module = Math.min(max, roomDots / modulesWithQuietZone);
        if (module < min) {
            throw new CodeDoesNotFit(symbol.barcode(), size, dpi, String.format(Locale.ROOT,
                    "%d modules with quiet zones need %.1f mm at the smallest scannable module (%d dots, %.2f mm),"
                            + " %.1f mm are available", modulesWithQuietZone, dpi.mm(modulesWithQuietZone * min),
                    min, dpi.mm(min), dpi.mm(roomDots)));
        }
        return module;
    }

    static List<String> printable(Label label) {
        return label.lines().stream().map(PrintableText::clean).filter(line -> !line.isEmpty()).toList();
    }

    static int clamp(double dots, Dpi dpi, double minMm, double maxMm) {
        return (int) Math.round(Math.max(dpi.dots(minMm), Math.min(dpi.dots(maxMm), dots)));
    }
}
