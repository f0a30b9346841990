package fr.sav.inventory.dashboard;

import io.micronaut.core.annotation.Nullable;

/** Day ranges such as 0–7, 8–14, 15–30, 31–60, over 60, given by their first day and their upper limits. */
record Bands(int start, int... limits) {

    int count() {
        return limits.length + 1;
    }

    /** The band a number of days falls in. */
    int of(long days) {
        for (int i = 0; i < limits.length; i++) {
            if (days <= limits[i]) {
                return i;
            }
        }
        return limits.length;
    }

    int from(int band) {
        return band == 0 ? start : limits[band - 1] + 1;
    }

    @Nullable
    Integer to(int band) {
        return band < limits.length ? limits[band] : null;
    }

    String label(int band) {
        return to(band) == null ? "> " + limits[limits.length - 1] : from(band) + "–" + to(band);
    }
}
