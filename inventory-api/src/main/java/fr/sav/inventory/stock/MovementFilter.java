package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** What to look for in the ledger; every field is optional. */
record MovementFilter(@Nullable Long partId, @Nullable Long locationId, @Nullable MovementType type,
                      @Nullable Instant from, @Nullable Instant to, @Nullable String reference,
                      @Nullable String serial, @Nullable String recordedBy) {

    String where(List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (partId != null) {
            where.append(" AND m.part_id = ?");
            values.add(partId);
        }
        if (locationId != null) {
            where.append(" AND (m.from_location_id = ? OR m.to_location_id = ?)");
            values.add(locationId);
            values.add(locationId);
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
