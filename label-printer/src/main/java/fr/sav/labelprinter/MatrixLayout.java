package fr.sav.labelprinter;

import java.util.ArrayList;
import java.util.List;

/** A square 2D code on the left, vertically centred, and the lines beside it; lines that do not fit are dropped. */
record MatrixLayout(double keyRatio, double bodyRatio, double maxModuleMm) implements LabelLayout {

    private static final double MAX_CODE_SHARE = 0.4;

    @Override
    public Layout place(Label label, Symbol symbol, LabelSize size, Dpi dpi, int maxModuleDots) {
        int width = dpi.dots(size.widthMm());
        int height = dpi.dots(size.heightMm());
        int edge = dpi.dots(EDGE_MM);
        int margin = dpi.dots(MARGIN_MM);
        int quiet = symbol.quietZone();
        int modules = Math.max(symbol.columns(), symbol.rows()) + 2 * quiet;
        int room = Math.min(height - 2 * edge, (int) (width * MAX_CODE_SHARE));
        int module = LabelLayout.module(symbol, modules, room, maxModuleMm, maxModuleDots, size, dpi);
        Layout.PlacedCode code = new Layout.PlacedCode(edge + quiet * module,
                (height - symbol.rows() * module) / 2, module, 0, symbol);
        int textLeft = edge + (symbol.columns() + 2 * quiet) * module;
        return new Layout(width, height, dpi, code,
                texts(LabelLayout.printable(label), textLeft, width - margin - textLeft, height, margin, dpi));
    }

    private List<Layout.PlacedText> texts(List<String> lines, int left, int room, int height, int margin, Dpi dpi) {
        int key = LabelLayout.clamp(height * keyRatio, dpi, 2.5, 7);
        int body = LabelLayout.clamp(height * bodyRatio, dpi, 2.2, 5.5);
        List<Layout.PlacedText> texts = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < lines.size(); i++) {
            int size = i == 0 ? TextFit.shrink(lines.get(i), key, body, room) : body;
            String text = TextFit.shorten(lines.get(i), size, room);
            if (used + LabelFont.lineHeight(size) > height - 2 * margin || text.isEmpty()) {
                break;
            }
            texts.add(new Layout.PlacedText(left, used, size, text));
            used += LabelFont.lineHeight(size);
        }
        int top = Math.max(margin, (height - used) / 2);
        return texts.stream().map(t -> new Layout.PlacedText(t.x(), top + t.top(), t.size(), t.text())).toList();
    }
}
