package fr.sav.inventory.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own limit for the scan load: the same insert-movement + update-level transaction over raw JDBC, as
 * many connections as clients. It writes either into empty copies of the ledger and level tables
 * ({@link Target#COPY}) or into the service's own ledger and levels, at a location of its own whose rows are
 * deleted after each measurement ({@link Target#LEDGER}: against a large ledger, the database's limit on the same
 * table the service writes).
 */
final class RawScan {

    /** Where the raw transaction writes. */
    enum Target { COPY, LEDGER }

    private static final String ACTOR = "raw-jdbc";

    private final Database db;
    private final Target mode;
    private final List<Long> partIds;
    private final long locationId;
    private final String movementTable;
    private final String levelTable;

    private RawScan(Database db, Target mode, List<Long> partIds, long locationId, String movementTable,
                    String levelTable) {
        this.db = db;
        this.mode = mode;
        this.partIds = partIds;
        this.locationId = locationId;
        this.movementTable = movementTable;
        this.levelTable = levelTable;
    }

    /** Makes the tables or the location the raw clients write to; the service's store holds the copies' levels. */
    static RawScan prepare(Database db, Target mode, Http api, List<Long> partIds, long storeId)
            throws SQLException {
        if (mode == Target.COPY) {
            // Copies of the ledger and level tables (same columns and indexes), so that the raw rows, which carry no
            // value, stay out of the service's ledger and the audit after the load checks only the service.
            db.execute("DROP TABLE IF EXISTS raw_movement", "DROP TABLE IF EXISTS raw_level",
                    "DROP TABLE IF EXISTS raw_value", "CREATE TABLE raw_movement LIKE stock_movement",
                    "CREATE TABLE raw_level LIKE stock_level",
                    // the running totals' table as the valuation made it (a build before it has none to copy)
                    "CREATE TABLE raw_value (part_id BIGINT NOT NULL, item_condition VARCHAR(16) NOT NULL, "
                            + "quantity BIGINT NOT NULL, value DECIMAL(18, 2) NOT NULL, PRIMARY KEY (part_id, item_condition))",
                    "INSERT INTO raw_level SELECT * FROM stock_level WHERE location_id = " + storeId);
            return new RawScan(db, mode, partIds, storeId, "raw_movement", "raw_level");
        }
        // The service's own tables, at a location only the raw clients use: its levels and movements are removed
        // after each measurement (forget), so that the ledger and the audit after the load hold only the service's.
        String rawStore = "BENCH-RAW";
        if (api.get("/api/locations/" + rawStore).status() == 404) {
            ScanBench.check(api.post("/api/locations", Map.of("code", rawStore, "name", "Bench raw JDBC", "kind", "STORE"),
                    null));
        }
        RawScan raw = new RawScan(db, mode, partIds, db.count("SELECT id FROM location WHERE code = '" + rawStore + "'"),
                "stock_movement", "stock_level");
        raw.forget();
        return raw;
    }

    /** The raw JDBC rate, what it wrote then forgotten. */
    double rate(int clients, int seconds) throws Exception {
        double rate = jdbc(clients, seconds, false);
        forget();
        return rate;
    }

    /**
     * The rate of the same transaction when it also moves a running total, as a valued movement must (the total's
     * upsert sent with the level's update, in the same round trip): the database's own price for the valuation. Only on
     * the tables' copies ({@link Target#COPY}).
     */
    double valuedRate(int clients, int seconds) throws Exception {
        if (mode != Target.COPY) {
            throw new IllegalStateException("the valued raw transaction writes into the tables' copies only");
        }
        return jdbc(clients, seconds, true);
    }

    /** Deletes what the raw clients wrote into the service's ledger and levels, in batches, and gives them levels. */
    private void forget() throws SQLException {
        if (mode == Target.COPY) {
            return;
        }
        while (db.count("SELECT COUNT(*) FROM stock_movement WHERE recorded_by = '" + ACTOR + "'") > 0) {
            db.execute("DELETE FROM stock_movement WHERE recorded_by = '" + ACTOR + "' LIMIT 10000");
        }
        db.execute("DELETE FROM stock_level WHERE location_id = " + locationId);
        for (long partId : partIds) {
            db.execute("INSERT INTO stock_level (part_id, location_id, item_condition, on_hand, reserved) VALUES ("
                    + partId + ", " + locationId + ", 'NEW', 0, 0)");
        }
    }

    /**
     * The same transaction without the service: insert the movement, move the level (and, valued, the running total in
     * the same round trip), commit.
     */
    private double jdbc(int clients, int seconds, boolean valued) throws Exception {
        AtomicLong committed = new AtomicLong();
        String level = "UPDATE " + levelTable + " SET on_hand = on_hand + 1 WHERE part_id = ? AND location_id = ? "
                + "AND item_condition = 'NEW'";
        String total = "INSERT INTO raw_value (part_id, item_condition, quantity, value) VALUES (?, 'NEW', 1, 10.00) "
                + "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), value = value + VALUES(value)";
        ScanBench.runFor(clients, seconds, (client, deadline) -> {
            long partId = partIds.get(client % partIds.size());
            try (Connection connection = valued ? db.connect("allowMultiQueries=true") : db.connect();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + movementTable + " (type, "
                         + "part_id, quantity, to_location_id, to_condition, occurred_at, recorded_at, recorded_by) "
                         + "VALUES ('RECEIPT', ?, 1, ?, 'NEW', ?, ?, '" + ACTOR + "')");
                 PreparedStatement update = connection.prepareStatement(valued ? level + ";" + total : level)) {
                connection.setAutoCommit(false);
                while (System.nanoTime() < deadline) {
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setLong(1, partId);
                    insert.setLong(2, locationId);
                    insert.setTimestamp(3, now);
                    insert.setTimestamp(4, now);
                    insert.executeUpdate();
                    update.setLong(1, partId);
                    update.setLong(2, locationId);
                    if (valued) {
                        update.setLong(3, partId);
                        update.execute();
                        while (update.getMoreResults() || update.getUpdateCount() != -1) {
                            // every statement's outcome read, as the service reads its script's
                        }
                    } else {
                        update.executeUpdate();
                    }
                    connection.commit();
                    committed.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return committed.get() / (double) seconds;
    }
}

