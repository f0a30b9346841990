package fr.sav.labelprinter;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Places a label's code and lines on a label size at a resolution. */
interface LabelLayout {

    double EDGE_MM = 1.0;
    double MARGIN_MM = 1.5;

    Layout place(Label label, Symbol symbol, LabelSize size, Dpi dpi, int maxModuleDots);

    static Layout of(Label label, LabelSize size, Dpi dpi) {
        return place(label, size, dpi, Symbol::of, Integer.MAX_VALUE);
    }

    /**
     * The label laid out in its symbology; an automatic one in Code 128 where that fits, else as a Data Matrix.
     * Throws {@link CodeDoesNotFit} only when the code fits in no symbology it may take.
     */
    static Layout place(Label label, LabelSize size, Dpi dpi, Function<Barcode, Symbol> symbols, int maxModuleDots) {
        if (label.symbology() != null) {
            return placeAs(label, label.symbology(), size, dpi, symbols, maxModuleDots);
        }
        try {
            return placeAs(label, Symbology.CODE_128, size, dpi, symbols, maxModuleDots);
        } catch (CodeDoesNotFit tooWide) {
            return placeAs(label, Symbology.DATA_MATRIX, size, dpi, symbols, maxModuleDots);
        }
    }

    private static Layout placeAs(Label label, Symbology symbology, LabelSize size, Dpi dpi,
                                  Function<Barcode, Symbol> symbols, int maxModuleDots) {
        Symbol symbol = symbols.apply(new Barcode(label.code(), symbology));
        return label.kind().layout(symbology).place(label, symbol, size, dpi, maxModuleDots);
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
