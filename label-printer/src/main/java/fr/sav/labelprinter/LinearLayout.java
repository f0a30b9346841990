package fr.sav.labelprinter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Code 128 across the top, centred, and the lines under it; lines are dropped before the bars get too short. */
record LinearLayout(double keyRatio, double bodyRatio, double maxModuleMm) implements LabelLayout {

    private static final double MIN_BAR_MM = 5;
    private static final double MIN_BAR_RATIO = 0.15;

    @Override
    public Layout place(Label label, Symbol symbol, LabelSize size, Dpi dpi, int maxModuleDots) {
        int width = dpi.dots(size.widthMm());
        int height = dpi.dots(size.heightMm());
        int margin = dpi.dots(MARGIN_MM);
        int gap = dpi.dots(EDGE_MM);
        int module = LabelLayout.module(symbol, symbol.columns() + 2 * symbol.quietZone(),
                width - 2 * dpi.dots(EDGE_MM), maxModuleMm, maxModuleDots, size, dpi);
        int codeWidth = symbol.columns() * module;
        int minBar = Math.max(dpi.dots(MIN_BAR_MM), (int) Math.ceil(MIN_BAR_RATIO * codeWidth));
        List<String> lines = LabelLayout.printable(label);
        int[] sizes = sizes(lines.size(), height, dpi);
        int kept = lines.size();
        while (kept > 1 && height - 2 * margin - gap - textHeight(sizes, kept) < minBar) {
            kept--;
        }
        int bar = height - 2 * margin - gap - textHeight(sizes, kept);
        if (bar < minBar) {
            throw new CodeDoesNotFit(symbol.barcode(), size, dpi, String.format(Locale.ROOT,
                    "bars need to be %.1f mm tall, %.1f mm are left", dpi.mm(minBar), dpi.mm(Math.max(0, bar))));
        }
        Layout.PlacedCode code = new Layout.PlacedCode((width - codeWidth) / 2, margin, module, bar, symbol);
        return new Layout(width, height, dpi, code, texts(lines.subList(0, kept), sizes, margin + bar + gap,
                margin, width - 2 * margin, dpi));
    }

    private int[] sizes(int count, int height, Dpi dpi) {
        int[] sizes = new int[count];
        for (int i = 0; i < count; i++) {
            sizes[i] = i == 0 ? LabelLayout.clamp(height * keyRatio, dpi, 2.5, 8)
                    : LabelLayout.clamp(height * bodyRatio, dpi, 2.2, 6);
        }
        return sizes;
    }

    private static int textHeight(int[] sizes, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += LabelFont.lineHeight(sizes[i]);
        }
        return total;
    }

    private static List<Layout.PlacedText> texts(List<String> lines, int[] sizes, int top, int left, int room,
                                                 Dpi dpi) {
        List<Layout.PlacedText> texts = new ArrayList<>();
        int y = top;
        for (int i = 0; i < lines.size(); i++) {
            int fitted = i == 0 ? TextFit.shrink(lines.get(i), sizes[i], sizes[Math.min(1, sizes.length - 1)], room)
                    : sizes[i];
            texts.add(new Layout.PlacedText(left, y, fitted, TextFit.shorten(lines.get(i), fitted, room)));
            y += LabelFont.lineHeight(sizes[i]);
        }
        return texts;
    }
}
