package fr.sav.labelprinter;

/**
 * A page of adhesive labels: page size, label size, columns and rows, the left and top page margins and the gaps
 * between cells, all in millimetres. The grid must fit the page.
 */
public record SheetLayout(double pageWidthMm, double pageHeightMm, LabelSize labelSize, int columns, int rows,
                          double marginLeftMm, double marginTopMm, double gapXMm, double gapYMm) {

    static final double A4_WIDTH = 210;
    static final double A4_HEIGHT = 297;
    private static final double TOLERANCE_MM = 0.05;

    /** 24 labels of 70 x 37 mm, 3 columns by 8 rows, no gaps. */
    public static final SheetLayout A4_3X8_70X37 = a4(new LabelSize(70, 37), 3, 8, 0, 0.5, 0, 0);
    /** 14 labels of 99.1 x 38.1 mm, 2 by 7 (Avery L7163 and equivalents). */
    public static final SheetLayout A4_2X7_99X38 = a4(new LabelSize(99.1, 38.1), 2, 7, 4.65, 15.15, 2.5, 0);
    /** 21 labels of 63.5 x 38.1 mm, 3 by 7 (Avery L7160 and equivalents). */
    public static final SheetLayout A4_3X7_63X38 = a4(new LabelSize(63.5, 38.1), 3, 7, 7.2, 15.15, 2.5, 0);
    /** 40 labels of 52.5 x 29.7 mm, 4 by 10, no margins or gaps. */
    public static final SheetLayout A4_4X10_52X29 = a4(new LabelSize(52.5, 29.7), 4, 10, 0, 0, 0, 0);

    public SheetLayout {
        if (labelSize == null || columns < 1 || rows < 1 || marginLeftMm < 0 || marginTopMm < 0
                || gapXMm < 0 || gapYMm < 0) {
            throw new IllegalArgumentException("a sheet needs a label size, at least one column and one row,"
                    + " and no negative margin or gap");
        }
        double usedWidth = marginLeftMm + columns * labelSize.widthMm() + (columns - 1) * gapXMm;
        double usedHeight = marginTopMm + rows * labelSize.heightMm() + (rows - 1) * gapYMm;
        if (usedWidth > pageWidthMm + TOLERANCE_MM || usedHeight > pageHeightMm + TOLERANCE_MM) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%d x %d labels of %s mm with these margins and gaps need %.1f x %.1f mm; the page is %.1f x %.1f",
                    columns, rows, labelSize, usedWidth, usedHeight, pageWidthMm, pageHeightMm));
        }
    }

    /** An A4 portrait sheet. */
    public static SheetLayout a4(LabelSize labelSize, int columns, int rows, double marginLeftMm, double marginTopMm,
                                 double gapXMm, double gapYMm) {
        return new SheetLayout(A4_WIDTH, A4_HEIGHT, labelSize, columns, rows, marginLeftMm, marginTopMm, gapXMm,
                gapYMm);
    }

    public int cellsPerPage() {
        return columns * rows;
    }

    /** Left edge of a cell on its page, cells counted row by row from the top-left. */
    double cellLeftMm(int cell) {
        return marginLeftMm + (cell % columns) * (labelSize.widthMm() + gapXMm);
    }

    double cellTopMm(int cell) {
        return marginTopMm + (cell / columns) * (labelSize.heightMm() + gapYMm);
    }
}
