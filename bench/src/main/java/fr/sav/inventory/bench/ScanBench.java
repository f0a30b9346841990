package fr.sav.inventory.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scan load: N clients posting RECEIPT and ISSUE movements with idempotency keys over HTTP, against the raw
 * JDBC rate of the same insert-movement + update-level transaction on the same MariaDB, in the same run
 * ({@link RawScan}).
 */
final class ScanBench {

    /** One concurrency level's figures. */
    record Result(int clients, double httpPerSecond, double p50Millis, double p99Millis, double jdbcPerSecond) {

        double ratio() {
            return httpPerSecond / jdbcPerSecond;
        }
    }

    private static final int PARTS = 64;

    private final Database db;
    private final Http api;
    private final java.net.URI uri;
    private final String authorization;
    private final List<String> skus = new ArrayList<>();
    private final List<Long> partIds = new ArrayList<>();
    private final String store = "BENCH-STORE";
    private final RawScan.Target mode;
    private RawScan raw;

    ScanBench(Database db, Http api, java.net.URI uri, String authorization) {
        this(db, api, uri, authorization, RawScan.Target.COPY);
    }

    ScanBench(Database db, Http api, java.net.URI uri, String authorization, RawScan.Target mode) {
        this.db = db;
        this.api = api;
        this.uri = uri;
        this.authorization = authorization;
        this.mode = mode;
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
        raw = RawScan.prepare(db, mode, api, partIds, db.count("SELECT id FROM location WHERE code = '" + store + "'"));
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
        return raw.rate(clients, seconds);
    }

    /** The raw JDBC rate of the transaction when it also moves a running total ({@link RawScan#valuedRate}). */
    double rawValued(int clients, int seconds) throws Exception {
        return raw.valuedRate(clients, seconds);
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
