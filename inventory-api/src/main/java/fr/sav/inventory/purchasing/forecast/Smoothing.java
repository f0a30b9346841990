package fr.sav.inventory.purchasing.forecast;

/**
 * Smoothing constants: α for SES levels and for Croston, SBA and TSB sizes and intervals, β for the TSB
 * demand probability. Each lies in (0, 1].
 */
public record Smoothing(double sesAlpha, double crostonAlpha, double tsbAlpha, double tsbBeta) {

    /** SES α 0.1, Croston/SBA α 0.1, TSB α 0.1 and β 0.1. */
    public static final Smoothing DEFAULT = new Smoothing(0.1, 0.1, 0.1, 0.1);

    public Smoothing {
        check("sesAlpha", sesAlpha);
        check("crostonAlpha", crostonAlpha);
        check("tsbAlpha", tsbAlpha);
        check("tsbBeta", tsbBeta);
    }

    private static void check(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in (0, 1], not " + value);
        }
    }
}
