package fr.sav.inventory.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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

    private static final String OFFER_COLUMNS = "(supplier_id, part_id, supplier_ref, price, currency, min_order_qty, "
            + "pack_size, lead_time_days, preferred, updated_at)";

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
        List<Double> intoOffers = new ArrayList<>();
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
            // An untimed import first, as JMH warms up: the timed ones meet the import path compiled, as a service that
            // has been running does, not the interpreter.
            ScanBench.check(api.upload("/api/imports/supplier-catalog?supplier=BENCH-SUP", catalog));
            for (int run = 0; run < runs; run++) {
                db.execute("SET FOREIGN_KEY_CHECKS = 0", "TRUNCATE TABLE offer_price_history", "TRUNCATE TABLE supplier_offer",
                        "SET FOREIGN_KEY_CHECKS = 1", "TRUNCATE TABLE bench_offer_load");
                db.quiesce();
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
                db.quiesce();
                loadData.add(rows / timed(() -> load(db, offers, "bench_offer_load " + OFFER_COLUMNS)));
                db.execute("SET FOREIGN_KEY_CHECKS = 0", "TRUNCATE TABLE supplier_offer", "SET FOREIGN_KEY_CHECKS = 1");
                db.quiesce();
                intoOffers.add(rows / timed(() -> load(db, offers, "supplier_offer " + OFFER_COLUMNS)));
                Bench.log("import %d rows: %.0f rows/s through the endpoint (peak heap %.0f MB), LOAD DATA %.0f rows/s, "
                        + "into the offers table %.0f rows/s", rows, endpoint.get(run), heap.get(run), loadData.get(run),
                        intoOffers.get(run));
            }
        }
        double e = Bench.median(endpoint);
        double l = Bench.median(loadData);
        double o = Bench.median(intoOffers);
        return List.of(BenchmarkSuite.section("Supplier catalog import"),
                String.format(Locale.ROOT, "A %,d-row price list (French Excel style: `;`, decimal commas, accents) "
                        + "uploaded to `POST /api/imports/supplier-catalog`, every row creating an offer for an existing "
                        + "part; the service runs with `-Xmx256m`, after one untimed import (its JIT warm), and its "
                        + "heap in use is sampled every half second. The database limit is `LOAD DATA LOCAL INFILE` of "
                        + "the same rows (ids already resolved) into a table of the offers' shape without its foreign "
                        + "keys. Target: ≥ 50 %% of that rate, heap under 256 MB. The endpoint itself writes a first price "
                        + "list with LOAD DATA LOCAL, a chunk of 5,000 rows at a time, after finding the rows' parts by "
                        + "sku (once it has asked for an eighth of the catalog, in an index of every sku read in one pass); "
                        + "the last column, the same LOAD DATA into the offers table itself (foreign keys checked), is "
                        + "what it could reach if reading the file and finding the parts cost nothing. Every timed step "
                        + "starts once the server has written back what the previous one left dirty.", rows),
                "",
                BenchmarkSuite.row("import rows/s", "LOAD DATA rows/s", "ratio", "peak heap used (MB)",
                        "LOAD DATA into the offers table rows/s (ratio)"),
                "|---|---|---|---|---|",
                BenchmarkSuite.row(e, l, percent(e, l), Bench.median(heap), Bench.f(o) + " (" + percent(o, l) + ")"));
    }

    /** A timed step. */
    private interface Step {
        void run() throws Exception;
    }

    /** Seconds the work took. */
    private static double timed(Step work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static String percent(double rate, double limit) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * rate / limit);
    }

    /**
     * Samples the service's heap in use (Prometheus) every half second while the import runs. Not more often: a scrape
     * costs the service about 8 ms of CPU, and ten a second slowed the import it measures by a tenth.
     */
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
                    Thread.sleep(500);
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
