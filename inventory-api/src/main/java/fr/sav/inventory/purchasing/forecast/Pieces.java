package fr.sav.inventory.purchasing.forecast;

/** Rounding to whole pieces, deaf to the last bits of floating-point noise. */
final class Pieces {

    private static final double NOISE = 1e-9;

    private Pieces() {
    }

    static int up(double pieces) {
        return (int) Math.ceil(pieces - NOISE);
    }
}
