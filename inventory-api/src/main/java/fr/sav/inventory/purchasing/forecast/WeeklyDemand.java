package fr.sav.inventory.purchasing.forecast;

import java.util.Arrays;
import java.util.Objects;

/** A part's demand in whole pieces per week, oldest week first; a week without demand is a zero. */
public final class WeeklyDemand {

    private final int[] pieces;
    private final int weeks;

    private WeeklyDemand(int[] pieces, int weeks) {
        this.pieces = pieces;
        this.weeks = weeks;
    }

    /** The given weeks, copied; a negative week is refused. */
    public static WeeklyDemand of(int... pieces) {
        int[] copy = pieces.clone();
        for (int week = 0; week < copy.length; week++) {
            if (copy[week] < 0) {
                throw new IllegalArgumentException("week " + week + " has a negative demand of " + copy[week]);
            }
        }
        return new WeeklyDemand(copy, copy.length);
    }

    /** The oldest {@code count} weeks, sharing this history's storage (what was known at that time). */
    public WeeklyDemand first(int count) {
        Objects.checkFromToIndex(0, count, weeks);
        return new WeeklyDemand(pieces, count);
    }

    public int weeks() {
        return weeks;
    }

    public int at(int week) {
        Objects.checkIndex(week, weeks);
        return pieces[week];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyDemand that
                && Arrays.equals(pieces, 0, weeks, that.pieces, 0, that.weeks);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int week = 0; week < weeks; week++) {
            hash = 31 * hash + pieces[week];
        }
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOf(pieces, weeks));
    }
}
