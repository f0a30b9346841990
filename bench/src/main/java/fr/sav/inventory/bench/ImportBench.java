package fr.sav.inventory.bench;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A supplier catalog of N rows through {@code POST /api/imports/supplier-catalog} (service heap capped at
 * 256 MB), against {@code LOAD DATA LOCAL INFILE} of the same rows into a bare table of the offers' shape.
 */
final class ImportBench {

    /** As many as the service's import lanes by default. */
    private static final int BATCH_CONNECTIONS = 2;

    private ImportBench() {
    }

    static List<String> report(Path root, int runs, int rows) throws Exception {
        Database db = Database.local("inventory_bench_import");
        db.recreate();
        Path dir = Files.createDirectories(root.resolve("bench/results"));
        Path catalog = dir.resolve("catalog-" + rows + ".csv");
        Path parts = dir.resolve("parts-" + rows + ".tsv");
        Path offers = dir.resolve("offers-" + rows + ".tsv");
        List<Double> endpoint = new ArrayList<>();
        List<Double> loadData = new ArrayList<>();
        List<Double> batchInsert = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        try (Service service = Service.start(root, 18082, db.serviceEnv(), "256m")) {
            Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
            ScanBench.check(api.post("/api/suppliers", Map.of("code", "BENCH-SUP", "name", "Bench supplier"), null));
            write(parts, null, rows, i -> "BIMP-" + i + "\tPièce de banc " + i + "\tPIECE\t0\t0\t2026-01-01\t2026-01-01");
            load(db, parts, "part (sku, name, unit, serialized, repairable, created_at, updated_at)");
            long firstPart = db.count("SELECT MIN(id) FROM part WHERE sku LIKE 'BIMP-%'");
            long supplier = db.count("SELECT id FROM supplier WHERE code = 'BENCH-SUP'");
            write(catalog, "Réf. fournisseur;Notre référence;Désignation;Prix HT;Qté mini;Colisage", rows,
                    i -> "F" + i + ";BIMP-" + i + ";Pièce " + i + ";" + (i % 997) + "," + (i % 100) + ";" + (1 + i % 5) + ";"
                    + (1 + i % 3));
            write(offers, null, rows, i -> supplier + "\t" + (firstPart + i) + "\tF" + i + "\t" + (i % 997) + "." + (i % 100)
                    + "\tEUR\t" + (1 + i % 5) + "\t" + (1 + i % 3) + "\t\\N\t0\t2026-01-01");
            db.execute("CREATE TABLE IF NOT EXISTS bench_offer_load LIKE supplier_offer");
            for (int run = 0; run < runs; run++) {
                db.execute("SET FOREIGN_KEY_CHECKS = 0", "TRUNCATE TABLE offer_price_history", "TRUNCATE TABLE supplier_offer",
                        "SET FOREIGN_KEY_CHECKS = 1", "TRUNCATE TABLE bench_offer_load");
                AtomicLong peak = new AtomicLong();
                Thread watcher = heapWatcher(api, peak);
                long started = System.nanoTime();
                Http.Answer answer = api.upload("/api/imports/supplier-catalog?supplier=BENCH-SUP", catalog);
                double seconds = (System.nanoTime() - started) / 1e9;
                watcher.interrupt();
                if (answer.status() != 200 || answer.json().get("created").asLong() != rows) {
                    throw new IllegalStateException("import did not create every offer: " + answer.status() + " "
                            + answer.body().substring(0, Math.min(600, answer.body().length())));
                }
                endpoint.add(rows / seconds);
                heap.add(peak.get() / 1024.0 / 1024);
                long loadStart = System.nanoTime();
                load(db, offers, "bench_offer_load (supplier_id, part_id, supplier_ref, price, currency, min_order_qty, "
                        + "pack_size, lead_time_days, preferred, updated_at)");
                loadData.add(rows / ((System.nanoTime() - loadStart) / 1e9));
                db.execute("SET FOREIGN_KEY_CHECKS = 0", "TRUNCATE TABLE supplier_offer", "SET FOREIGN_KEY_CHECKS = 1");
                batchInsert.add(batchInsert(db, rows, supplier, firstPart));
                Bench.log("import %d rows: %.0f rows/s through the endpoint (peak heap %.0f MB), LOAD DATA %.0f rows/s, "
                        + "batch INSERT %.0f rows/s", rows, endpoint.get(run), heap.get(run), loadData.get(run),
                        batchInsert.get(run));
            }
        }
        double e = Bench.median(endpoint);
        double l = Bench.median(loadData);
        double b = Bench.median(batchInsert);
        return List.of(BenchmarkSuite.section("Supplier catalog import"),
                String.format(Locale.ROOT, "A %,d-row price list (French Excel style: `;`, decimal commas, accents) "
                        + "uploaded to `POST /api/imports/supplier-catalog`, every row creating an offer for an existing "
                        + "part; the service runs with `-Xmx256m`. The database limit is `LOAD DATA LOCAL INFILE` of the "
                        + "same rows (ids already resolved) into a table of the offers' shape. Target: ≥ 50 %% of that "
                        + "rate, heap under 256 MB. For scale, the last column is a plain JDBC batch INSERT of the same "
                        + "rows, ids resolved, into the offers table itself (its foreign keys checked) on %d connections, "
                        + "10,000 rows a transaction: what the endpoint could reach if reading the file, finding the "
                        + "parts and the earlier offers cost nothing.", rows, BATCH_CONNECTIONS),
                "",
                BenchmarkSuite.row("import rows/s", "LOAD DATA rows/s", "ratio", "peak heap used (MB)",
                        "batch INSERT rows/s (ratio)"),
                "|---|---|---|---|---|",
                BenchmarkSuite.row(e, l, percent(e, l), Bench.median(heap), Bench.f(b) + " (" + percent(b, l) + ")"));
    }

    private static String percent(double rate, double limit) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * rate / limit);
    }

    /** The offers inserted over plain JDBC, as the service's lanes write them, without reading or looking up. */
    private static double batchInsert(Database db, int rows, long supplier, long firstPart) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        List<Thread> writers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        for (int lane = 0; lane < BATCH_CONNECTIONS; lane++) {
            int first = lane;
            Thread writer = new Thread(() -> {
                try (Connection connection = db.connect(); PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO supplier_offer (supplier_id, part_id, supplier_ref, price, currency, min_order_qty, "
                                + "pack_size, lead_time_days, preferred, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    connection.setAutoCommit(false);
                    int pending = 0;
                    for (int i = first; i < rows; i += BATCH_CONNECTIONS) {
                        insert.setLong(1, supplier);
                        insert.setLong(2, firstPart + i);
                        insert.setString(3, "F" + i);
                        insert.setBigDecimal(4, BigDecimal.valueOf(i % 997 * 100L + i % 100, 2));
                        insert.setString(5, "EUR");
                        insert.setInt(6, 1 + i % 5);
                        insert.setInt(7, 1 + i % 3);
                        insert.setNull(8, Types.INTEGER);
                        insert.setBoolean(9, false);
                        insert.setTimestamp(10, now);
                        insert.addBatch();
                        if (++pending == 10_000 || i + BATCH_CONNECTIONS >= rows) {
                            insert.executeBatch();
                            connection.commit();
                            pending = 0;
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    /** Samples the service's heap in use (Prometheus) while the import runs. */
    private static Thread heapWatcher(Http api, AtomicLong peak) {
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Http.Answer metrics = api.get("/prometheus");
                long used = 0;
                for (String line : metrics.body().split("\n")) {
                    if (line.startsWith("jvm_memory_used_bytes") && line.contains("area=\"heap\"")) {
                        used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    static void write(Path file, String header, int rows, java.util.function.IntFunction<String> line) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (header != null) {
                out.write(header);
                out.newLine();
            }
            for (int i = 0; i < rows; i++) {
                out.write(line.apply(i));
                out.newLine();
            }
        }
    }

    static void load(Database db, Path file, String target) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + target);
        }
    }
}
