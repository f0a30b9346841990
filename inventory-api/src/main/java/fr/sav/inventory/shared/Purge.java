package fr.sav.inventory.shared;

import java.time.Instant;

/** A feature's rule for forgetting what it no longer needs from a table of its own that keeps growing. */
public interface Purge {

    /** What is purged, for the log. */
    String what();

    /** Deletes at most {@code batch} rows too old at {@code now}; answers how many it deleted. */
    int purge(Instant now, int batch);
}
