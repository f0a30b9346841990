package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Script;
import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The append-only ledger: rows are inserted, never updated or deleted. */
@Singleton
class StockMovements {

    /** What a movement's view adds to its row: its part's sku, its locations' codes. */
    private static final String NAMES = """
             JOIN part p ON p.id = m.part_id
            LEFT JOIN location fl ON fl.id = m.from_location_id
            LEFT JOIN location tl ON tl.id = m.to_location_id
            """;
    private static final String COLUMNS = "SELECT m.*, p.sku, fl.code AS from_code, tl.code AS to_code";
    private static final String VIEW = COLUMNS + " FROM stock_movement m" + NAMES;
    private static final String NEWEST_FIRST = " ORDER BY m.occurred_at DESC, m.id DESC";

    private final Sql sql;

    StockMovements(Sql sql) {
        this.sql = sql;
    }

    /** Adds to the script the movement's row, which answers its id, unit value and value; answers where that answer is. */
    int append(Script script, Valuer.Valued valued, Instant occurredAt, Instant recordedAt, String actor) {
        StockChange change = valued.change();
        MovementValue value = valued.value();
        Place from = change.from();
        Place to = change.to();
        return script.add("INSERT INTO stock_movement (type, part_id, quantity, serial, from_location_id, from_condition, "
                        + "to_location_id, to_condition, return_reason, reference, unit_cost, unit_value, value, value_added, note, "
                        + "occurred_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "RETURNING id, unit_value, value",
                change.type(), change.part().id(), change.quantity(), change.serial(),
                from == null ? null : from.location().id(), from == null ? null : from.condition(),
                to == null ? null : to.location().id(), to == null ? null : to.condition(), change.reason(),
                change.reference(), change.unitCost(), value.unitValue(), value.value(), value.added(), change.note(),
                occurredAt, recordedAt, actor);
    }

    /**
     * Adds to the script the one call that writes a movement changing one level ({@link Valuer#oneSide}): the level,
     * the running total and the row (procedure {@code stock_one_side}, migration V38). Its result is the row's id, unit
     * value and value, or no row when an exit found too little stock (nothing was written); answers where it is. An
     * exit's value is the database's, taken out of the total at its average.
     */
    int appendOneSide(Script script, Valuer.Valued valued, Instant occurredAt, Instant recordedAt, String actor) {
        StockChange change = valued.change();
        MovementValue value = valued.value();
        boolean entering = change.to() != null;
        Place place = entering ? change.to() : change.from();
        return script.call("CALL stock_one_side(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                change.type(), change.part().id(), change.quantity(), change.serial(), place.location().id(),
                place.condition(), entering, change.consumesReservation(), change.reason(), change.reference(),
                change.unitCost(), value == null ? null : value.unitValue(), value == null ? null : value.value(),
                value == null ? null : value.added(), change.note(), occurredAt, recordedAt, actor);
    }

    MovementView get(long id) {
        return sql.one(VIEW + " WHERE m.id = ?", StockMovements::view, id).orElseThrow();
    }

    Optional<MovementView> find(long id) {
        return sql.one(VIEW + " WHERE m.id = ?", StockMovements::view, id);
    }

    void requireNotReversed(long movement) {
        Optional<Long> earlier = sql.one("SELECT reversal_id FROM movement_reversal WHERE movement_id = ?",
                row -> row.getLong(1), movement);
        if (earlier.isPresent()) {
            throw new AlreadyReversed(movement, earlier.get());
        }
    }

    /**
     * Records that {@code reversal} takes {@code movement} back; the table's key refuses a second reversal of the
     * same movement, even one committed meanwhile (the caller's transaction then rolls back).
     */
    void reversed(long movement, long reversal) {
        try {
            sql.update("INSERT INTO movement_reversal (movement_id, reversal_id) VALUES (?, ?)", movement, reversal);
        } catch (RuntimeException failure) {
            if (Sql.isDuplicateKey(failure)) {
                throw new AlreadyReversed(movement, null);
            }
            throw failure;
        }
    }

    /**
     * A page of the filter's movements, newest first. A location's movements are read as two ordered scans of the
     * page's first {@code offset + limit} rows each, one per side (see {@link MovementFilter#leaving}), merged: no
     * OR to merge two indexes with, no sort of all the location's movements.
     */
    List<MovementView> find(MovementFilter filter, int limit, long offset) {
        List<Object> values = new ArrayList<>();
        if (filter.locationId() == null) {
            String where = filter.where(values);
            values.add(limit);
            values.add(offset);
            return sql.list(VIEW + where + NEWEST_FIRST + " LIMIT ? OFFSET ?", StockMovements::view, values.toArray());
        }
        long first = offset + limit;
        String leaving = filter.leaving(values);
        values.add(first);
        String entering = filter.entering(values);
        values.add(first);
        values.add(limit);
        values.add(offset);
        return sql.list(COLUMNS + " FROM ("
                        + "(SELECT m.id, m.occurred_at FROM stock_movement m" + leaving + NEWEST_FIRST + " LIMIT ?) UNION ALL "
                        + "(SELECT m.id, m.occurred_at FROM stock_movement m" + entering + NEWEST_FIRST + " LIMIT ?)) k"
                        + " JOIN stock_movement m ON m.id = k.id" + NAMES
                        + " ORDER BY k.occurred_at DESC, k.id DESC LIMIT ? OFFSET ?",
                StockMovements::view, values.toArray());
    }

    /** How many movements the filter finds; a location's, from its two indexes alone when nothing else is asked. */
    long count(MovementFilter filter) {
        List<Object> values = new ArrayList<>();
        if (filter.locationId() == null) {
            return sql.count("SELECT COUNT(*) FROM stock_movement m" + filter.where(values), values.toArray());
        }
        String leaving = filter.leaving(values);
        String entering = filter.entering(values);
        return sql.count("SELECT (SELECT COUNT(*) FROM stock_movement m" + leaving + ") + (SELECT COUNT(*) FROM stock_movement m"
                + entering + ")", values.toArray());
    }

    boolean anyFor(long partId) {
        return sql.count("SELECT COUNT(*) FROM (SELECT 1 FROM stock_movement WHERE part_id = ? LIMIT 1) x", partId) > 0;
    }

    static MovementView view(ResultSet row) throws SQLException {
        MovementType type = MovementType.valueOf(row.getString("type"));
        Condition from = condition(row.getString("from_condition"));
        Condition to = condition(row.getString("to_condition"));
        int quantity = row.getInt("quantity");
        Integer delta = type == MovementType.ADJUSTMENT ? (to != null ? quantity : -quantity) : null;
        return new MovementView(row.getLong("id"), type, row.getString("sku"), quantity, delta, row.getString("serial"),
                row.getString("from_code"), from, row.getString("to_code"), to,
                to != null ? to : from,
                row.getString("return_reason") == null ? null : ReturnReason.valueOf(row.getString("return_reason")),
                row.getString("reference"), Sql.decimal(row, "unit_cost"), row.getBigDecimal("unit_value"),
                row.getBigDecimal("value"), row.getBigDecimal("value_added"), row.getString("note"),
                Sql.instant(row, "occurred_at"), Sql.instant(row, "recorded_at"), row.getString("recorded_by"),
                null, null, false);
    }

    private static Condition condition(@Nullable String name) {
        return name == null ? null : Condition.valueOf(name);
    }
}
