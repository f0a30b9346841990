package fr.sav.inventory.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scan load: N clients posting RECEIPT and ISSUE movements with idempotency keys over HTTP, against the raw
 * JDBC rate of the same insert-movement + update-level transaction on the same MariaDB, in the same run. The raw
 * transaction writes either into empty copies of the ledger and level tables ({@link Raw#COPY}) or into the
 * service's own ledger and levels, at a location of its own whose rows are deleted after each measurement
 * ({@link Raw#LEDGER}: against a large ledger, the database's limit on the same table the service writes).
 */
final class ScanBench {

    /** One concurrency level's figures. */
    record Result(int clients, double httpPerSecond, double p50Millis, double p99Millis, double jdbcPerSecond) {

        double ratio() {
            return httpPerSecond / jdbcPerSecond;
        }
    }

    /** Where the raw JDBC transaction writes. */
    enum Raw { COPY, LEDGER }

    private static final int PARTS = 64;
    private static final String RAW_ACTOR = "raw-jdbc";

    private final Database db;
    private final Http api;
    private final java.net.URI uri;
    private final String authorization;
    private final List<String> skus = new ArrayList<>();
    private final List<Long> partIds = new ArrayList<>();
    private long locationId;
    private final String store = "BENCH-STORE";
    private final Raw raw;
    private String movementTable = "raw_movement";
    private String levelTable = "raw_level";

    ScanBench(Database db, Http api, java.net.URI uri, String authorization) {
        this(db, api, uri, authorization, Raw.COPY);
    }

    ScanBench(Database db, Http api, java.net.URI uri, String authorization, Raw raw) {
        this.db = db;
        this.api = api;
        this.uri = uri;
        this.authorization = authorization;
        this.raw = raw;
    }

    /** Creates the store and parts the clients scan, unless an earlier run on the same database did. */
    void setUp() throws SQLException {
        if (api.get("/api/locations/" + store).status() == 404) {
            check(api.post("/api/locations", Map.of("code", store, "name", "Bench store", "kind", "STORE"), null));
        }
        for (int i = 0; i < PARTS; i++) {
            String sku = "BENCH-" + i;
            if (api.get("/api/parts/" + sku).status() == 404) {
                check(api.post("/api/parts", Map.of("sku", sku, "name", "Bench part " + i, "standardCost", "10.00"), null));
            }
            check(api.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 1000), null));
            skus.add(sku);
            partIds.add(db.count("SELECT id FROM part WHERE sku = '" + sku + "'"));
        }
        locationId = db.count("SELECT id FROM location WHERE code = '" + store + "'");
        if (raw == Raw.COPY) {
            // Copies of the ledger and level tables (same columns and indexes), so that the raw rows, which carry no
            // value, stay out of the service's ledger and the audit after the load checks only the service.
            db.execute("DROP TABLE IF EXISTS raw_movement", "DROP TABLE IF EXISTS raw_level",
                    "DROP TABLE IF EXISTS raw_value", "CREATE TABLE raw_movement LIKE stock_movement",
                    "CREATE TABLE raw_level LIKE stock_level",
                    // the running totals' table as the valuation made it (a build before it has none to copy)
                    "CREATE TABLE raw_value (part_id BIGINT NOT NULL, item_condition VARCHAR(16) NOT NULL, "
                            + "quantity BIGINT NOT NULL, value DECIMAL(18, 2) NOT NULL, PRIMARY KEY (part_id, item_condition))",
                    "INSERT INTO raw_level SELECT * FROM stock_level WHERE location_id = " + locationId);
            return;
        }
        // The service's own tables, at a location only the raw clients use: its levels and movements are removed
        // after each measurement (forgetRaw), so that the ledger and the audit after the load hold only the service's.
        String rawStore = "BENCH-RAW";
        if (api.get("/api/locations/" + rawStore).status() == 404) {
            check(api.post("/api/locations", Map.of("code", rawStore, "name", "Bench raw JDBC", "kind", "STORE"), null));
        }
        locationId = db.count("SELECT id FROM location WHERE code = '" + rawStore + "'");
        movementTable = "stock_movement";
        levelTable = "stock_level";
        forgetRaw();
    }

    /** Deletes what the raw clients wrote into the service's ledger and levels, in batches, and gives them levels. */
    private void forgetRaw() throws SQLException {
        if (raw == Raw.COPY) {
            return;
        }
        while (db.count("SELECT COUNT(*) FROM stock_movement WHERE recorded_by = '" + RAW_ACTOR + "'") > 0) {
            db.execute("DELETE FROM stock_movement WHERE recorded_by = '" + RAW_ACTOR + "' LIMIT 10000");
        }
        db.execute("DELETE FROM stock_level WHERE location_id = " + locationId);
        for (long partId : partIds) {
            db.execute("INSERT INTO stock_level (part_id, location_id, item_condition, on_hand, reserved) VALUES ("
                    + partId + ", " + locationId + ", 'NEW', 0, 0)");
        }
    }

    /** The HTTP load, then the raw JDBC rate with as many connections. */
    Result run(int clients, int seconds) throws Exception {
        Result load = load(clients, seconds);
        return new Result(clients, load.httpPerSecond(), load.p50Millis(), load.p99Millis(), raw(clients, seconds));
    }

    /** The HTTP load alone (its result's raw JDBC rate is NaN). */
    Result load(int clients, int seconds) throws Exception {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong ok = new AtomicLong();
        runFor(clients, seconds, (client, deadline) -> {
            long[] mine = new long[200_000];
            int n = 0;
            String sku = skus.get(client % PARTS);
            String receipt = "{\"type\":\"RECEIPT\",\"sku\":\"" + sku + "\",\"toLocation\":\"" + store + "\",\"quantity\":1}";
            String issue = "{\"type\":\"ISSUE\",\"sku\":\"" + sku + "\",\"fromLocation\":\"" + store
                    + "\",\"condition\":\"NEW\",\"quantity\":1}";
            try (RawClient connection = new RawClient(uri, authorization)) {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    long start = System.nanoTime();
                    Http.Answer answer = connection.post("/api/movements", i % 2 == 0 ? receipt : issue,
                            client + "-" + i + "-" + start);
                    long took = System.nanoTime() - start;
                    if (answer.status() == 201) {
                        ok.incrementAndGet();
                        if (n < mine.length) {
                            mine[n++] = took;
                        }
                    }
                }
            }
            latencies[client] = mine;
            counts[client] = n;
        });
        long[] all = new long[java.util.Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(clients, ok.get() / (double) seconds, Bench.percentileMillis(all, all.length, 50),
                Bench.percentileMillis(all, all.length, 99), Double.NaN);
    }

    /** The raw JDBC rate alone, what it wrote then forgotten. */
    double raw(int clients, int seconds) throws Exception {
        double jdbc = jdbc(clients, seconds, false);
        forgetRaw();
        return jdbc;
    }

    /**
     * The raw JDBC rate of the same transaction when it also moves a running total, as a valued movement must (the
     * total's upsert sent with the level's update, in the same round trip): the database's own price for the valuation.
     * Only on the tables' copies ({@link Raw#COPY}).
     */
    double rawValued(int clients, int seconds) throws Exception {
        if (raw != Raw.COPY) {
            throw new IllegalStateException("the valued raw transaction writes into the tables' copies only");
        }
        return jdbc(clients, seconds, true);
    }

    /**
     * The service's own floor: an authenticated GET that reads no database (the store's location, which the
     * service keeps in memory), as many clients, answers per second.
     */
    double floor(int clients, int seconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        runFor(clients, seconds, (client, deadline) -> {
            try (RawClient connection = new RawClient(uri, authorization)) {
                while (System.nanoTime() < deadline) {
                    if (connection.get("/api/locations/" + store).status() == 200) {
                        ok.incrementAndGet();
                    }
                }
            }
        });
        return ok.get() / (double) seconds;
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
        runFor(clients, seconds, (client, deadline) -> {
            long partId = partIds.get(client % PARTS);
            try (Connection connection = valued ? db.connect("allowMultiQueries=true") : db.connect();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + movementTable + " (type, "
                         + "part_id, quantity, to_location_id, to_condition, occurred_at, recorded_at, recorded_by) "
                         + "VALUES ('RECEIPT', ?, 1, ?, 'NEW', ?, ?, '" + RAW_ACTOR + "')");
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

    interface Client {
        void run(int client, long deadline) throws Exception;
    }

    static void runFor(int clients, int seconds, Client body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long[] deadline = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    body.run(client, deadline[0]);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        deadline[0] = System.nanoTime() + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a client failed", failures.get(0));
        }
    }

    static void check(Http.Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("setup refused: " + answer);
        }
    }
}
