package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** What to look for in the ledger; every field is optional. */
record MovementFilter(@Nullable Long partId, @Nullable Long locationId, @Nullable MovementType type,
                      @Nullable Instant from, @Nullable Instant to, @Nullable String reference,
                      @Nullable String serial, @Nullable String recordedBy) {

    /** The whole filter on the ledger's rows {@code m}, the location on either side. */
    String where(List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (locationId != null) {
            where.append(" AND (m.from_location_id = ? OR m.to_location_id = ?)");
            values.add(locationId);
            values.add(locationId);
        }
        return where + others(values);
    }

    /**
     * The filter's movements out of its location (a regrade in place, from the location to itself, included): read in
     * order from the index that starts with {@code from_location_id}.
     */
    String leaving(List<Object> values) {
        values.add(locationId);
        return " WHERE m.from_location_id = ?" + others(values);
    }

    /**
     * The filter's movements into its location from elsewhere or from outside: with {@link #leaving}, each of the
     * location's movements once. Read in order from the index that starts with {@code to_location_id}, which holds
     * {@code from_location_id} too.
     */
    String entering(List<Object> values) {
        values.add(locationId);
        values.add(locationId);
        return " WHERE m.to_location_id = ? AND (m.from_location_id IS NULL OR m.from_location_id <> ?)" + others(values);
    }

    private String others(List<Object> values) {
        StringBuilder where = new StringBuilder();
        if (partId != null) {
            where.append(" AND m.part_id = ?");
            values.add(partId);
        }
        if (type != null) {
            where.append(" AND m.type = ?");
            values.add(type);
        }
        if (from != null) {
            where.append(" AND m.occurred_at >= ?");
            values.add(from);
        }
        if (to != null) {
            where.append(" AND m.occurred_at < ?");
            values.add(to);
        }
        if (reference != null) {
            where.append(" AND m.reference = ?");
            values.add(reference);
        }
        if (serial != null) {
            where.append(" AND m.serial = ?");
            values.add(serial);
        }
        if (recordedBy != null) {
            where.append(" AND m.recorded_by = ?");
            values.add(recordedBy);
        }
        return where.toString();
    }
}
