package fr.sav.labelprinter;

/** Printer resolution in dots per inch; barcode modules are laid out on this grid. */
public record Dpi(int value) {

    /** Most thermal label printers (8 dots/mm). */
    public static final Dpi ZEBRA_203 = new Dpi(203);
    /** High-resolution thermal label printers (12 dots/mm). */
    public static final Dpi ZEBRA_300 = new Dpi(300);
    /** Office laser printers, the grid used for A4 sheets. */
    public static final Dpi OFFICE_600 = new Dpi(600);

    public static final int MIN = 100;
    public static final int MAX = 1200;

    public Dpi {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("dpi must be between " + MIN + " and " + MAX + ", got " + value);
        }
    }

    int dots(double mm) {
        return (int) Math.round(mm * value / 25.4);
    }

    double mm(int dots) {
        return dots * 25.4 / value;
    }

    @Override
    public String toString() {
        return value + " dpi";
    }
}
