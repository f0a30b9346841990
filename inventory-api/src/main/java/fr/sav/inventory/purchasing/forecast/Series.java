package fr.sav.inventory.purchasing.forecast;

/**
 * One part's demand history as read from, or written to, a demand history file: {@code start} is the bucket of
 * the file in which it begins (0 unless the part was listed late; the buckets before it are blank).
 */
record Series(String part, WeeklyDemand demand, int start) {

    /** A series from the file's first bucket. */
    Series(String part, WeeklyDemand demand) {
        this(part, demand, 0);
    }

    /** Whether the series still has buckets once the file's first {@code warmUp} buckets are past. */
    boolean outlasts(int warmUp) {
        return start + demand.weeks() > warmUp;
    }

    /** Where the replay starts in this series: the end of the warm-up, or its first bucket if it began later. */
    int replayFrom(int warmUp) {
        return Math.max(0, warmUp - start);
    }
}
