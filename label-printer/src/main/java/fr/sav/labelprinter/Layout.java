package fr.sav.labelprinter;

import java.util.List;

/** Where everything goes on one label, in printer dots from the top-left corner. */
record Layout(int width, int height, Dpi dpi, PlacedCode code, List<PlacedText> texts) {

    /** The symbol's top-left module (quiet zone excluded) and the module size in dots. */
    record PlacedCode(int x, int y, int module, int barHeight, Symbol symbol) {

        int width() {
            return symbol.columns() * module;
        }

        int height() {
            return symbol.rows() == 1 ? barHeight : symbol.rows() * module;
        }
    }

    /** One line of text: its top, its left and its em size in dots. */
    record PlacedText(int x, int top, int size, String text) {

        int baseline() {
            return LabelFont.baseline(top, size);
        }
    }
}
