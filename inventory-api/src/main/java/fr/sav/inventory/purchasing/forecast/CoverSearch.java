package fr.sav.inventory.purchasing.forecast;

import java.util.function.IntFunction;

/**
 * The baseline's cover, in weeks, tried from 1 up: the first that reaches a fill rate (and the stock it then
 * holds), and the first that holds at least a given stock (and the fill rate it then reaches).
 */
record CoverSearch(Found sameFill, Found sameStock) {

    /** A cover tried and what the baseline achieved with it. */
    record Found(int cover, Tally tally) {
    }

    static CoverSearch run(IntFunction<Tally> baseline, Tally target, int maxCover) {
        Found sameFill = null;
        Found sameStock = null;
        for (int cover = 1; cover <= maxCover && (sameFill == null || sameStock == null); cover++) {
            Tally tally = baseline.apply(cover);
            if (sameFill == null && tally.fillRate() >= target.fillRate()) {
                sameFill = new Found(cover, tally);
            }
            if (sameStock == null && tally.averageStock() >= target.averageStock()) {
                sameStock = new Found(cover, tally);
            }
        }
        return new CoverSearch(sameFill, sameStock);
    }
}
