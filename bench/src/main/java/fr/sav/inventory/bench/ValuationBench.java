package fr.sav.inventory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stock's value (`GET /api/stock/valuation`) over a ledger of M movements for N parts, now and at a past instant.
 * The ledger is written as the service would have valued it (moving average per part and condition) and loaded with
 * LOAD DATA; the levels and running totals are summed from it. The database is kept between runs and reloaded only
 * when its size differs.
 */
final class ValuationBench {

    /** The benchmark's own database ({@code -Dvaluation.db} names another, for two runs on one server). */
    private static final String DB = System.getProperty("valuation.db", "inventory_bench_valuation");

    private ValuationBench() {
    }

    static List<String> report(Path root, int runs, int parts, int movements) throws Exception {
        Database db = Database.local(DB);
        boolean reuse = loaded(db, parts, movements);
        if (!reuse) {
            db.recreate();
        }
        List<String> rows = new ArrayList<>();
        String audit;
        String snapshots;
        try (Service service = Service.start(root, 18084, db.serviceEnv(), "1g",
                List.of("-Dinventory.valuation.snapshot-initial-delay=24h"))) {
            Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
            if (!reuse) {
                load(root, db, api, parts, movements);
            }
            Bench.log("valuation: %s ledger of %,d movements, %,d parts", reuse ? "kept" : "new", movements, parts);
            snapshots = snapshots(db, api);
            Instant quarter = ValuationLedger.START.plus(ValuationLedger.SPAN.dividedBy(4));
            Instant middle = ValuationLedger.START.plus(ValuationLedger.SPAN.dividedBy(2)).minusSeconds(1);
            Instant threeQuarters = ValuationLedger.START.plus(ValuationLedger.SPAN.dividedBy(4).multipliedBy(3));
            rows.add(time(api, runs, "now, by condition", "/api/stock/valuation?by=condition"));
            rows.add(time(api, runs, "now, by location", "/api/stock/valuation?by=location"));
            rows.add(time(api, runs, "now, by family", "/api/stock/valuation?by=family"));
            rows.add(time(api, runs, "a quarter into the ledger (" + quarter + "), by condition",
                    "/api/stock/valuation?by=condition&at=" + quarter));
            rows.add(time(api, runs, "half-way (" + middle + ", the most to read), by condition",
                    "/api/stock/valuation?by=condition&at=" + middle));
            rows.add(time(api, runs, "half-way, by location", "/api/stock/valuation?by=location&at=" + middle));
            rows.add(time(api, runs, "half-way, by family", "/api/stock/valuation?by=family&at=" + middle));
            rows.add(time(api, runs, "three quarters in (" + threeQuarters + "), by condition",
                    "/api/stock/valuation?by=condition&at=" + threeQuarters));
            rows.add(time(api, runs, "before the first movement, by condition",
                    "/api/stock/valuation?by=condition&at=" + ValuationLedger.START.minusSeconds(1)));
            long started = System.nanoTime();
            Http.Answer answer = api.get("/api/stock/audit");
            audit = String.format(Locale.ROOT, "After the load, `GET /api/stock/audit` (levels and every movement's value "
                    + "replayed from the ledger): %s in %.1f s.", answer.status() == 200
                    ? "consistent " + answer.json().get("consistent") + ", " + answer.json().get("valueMismatches").size()
                    + " value mismatches" : "HTTP " + answer.status(), (System.nanoTime() - started) / 1e9);
            Bench.log("%s", audit);
        }
        List<String> report = new ArrayList<>(List.of(BenchmarkSuite.section("Valuation"),
                String.format(Locale.ROOT, "`GET /api/stock/valuation` over %,d movements (receipts, issues, transfers, "
                        + "returns, scraps over two years) of %,d parts in three locations; the whole answer is timed. "
                        + "An instant in the ledger's first half is answered by replaying the movements up to it, a "
                        + "later one by undoing those after it from today's running totals, so half-way reads the most. "
                        + "Targets: now < 1 s, at a past instant < 5 s. MariaDB %s with its defaults "
                        + "(innodb_buffer_pool_size %s MiB, innodb_flush_log_at_trx_commit %s).", movements, parts,
                        variable(db, "version"), Long.parseLong(variable(db, "innodb_buffer_pool_size")) / 1024 / 1024,
                        variable(db, "innodb_flush_log_at_trx_commit")),
                "",
                BenchmarkSuite.row("valuation", "seconds"),
                "|---|---|"));
        report.addAll(rows);
        report.add("");
        report.add(snapshots + " " + audit);
        return report;
    }

    /**
     * When the service keeps month-end snapshots: asks a past instant once (which starts their build in the
     * background) and waits until they are stored, so that every figure reads them; says what it waited for.
     */
    private static String snapshots(Database db, Http api) throws Exception {
        ScaleTimings.noSnapshots(db);
        if (db.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = 'valuation_snapshot'") == 0) {
            return "No month-end snapshots (a service before them).";
        }
        long asked = System.nanoTime();
        api.get("/api/stock/valuation?by=condition&at=" + ValuationLedger.START.plus(ValuationLedger.SPAN.dividedBy(2)));
        ScaleTimings.Snapshots built = ScaleTimings.snapshotsBuilt(db, asked);
        return "Month-end snapshots: none at the start; " + built.describe() + " (its answer, and the build's, "
                + "not in the table).";
    }

    private static String time(Http api, int runs, String what, String path) {
        api.get(path);
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            Http.Answer answer = api.get(path);
            double took = (System.nanoTime() - started) / 1e9;
            if (answer.status() != 200) {
                throw new IllegalStateException(path + " failed: " + answer.status() + " " + answer.body());
            }
            seconds.add(took);
            Bench.log("valuation %s: %.3f s, total %s", what, took, answer.json().get("total"));
        }
        return BenchmarkSuite.row(what, String.format(Locale.ROOT, "%.3f", Bench.median(seconds)));
    }

    private static boolean loaded(Database db, int parts, int movements) {
        try {
            return db.count("SELECT COUNT(*) FROM stock_movement") == movements
                    && db.count("SELECT COUNT(*) FROM part WHERE sku LIKE 'BVA-%'") == parts;
        } catch (Exception notThere) {
            return false;
        }
    }

    private static String variable(Database db, String name) throws Exception {
        try (var connection = db.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT @@" + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void load(Path root, Database db, Http api, int parts, int movements) throws Exception {
        long started = System.nanoTime();
        Path dir = Files.createDirectories(root.resolve("bench/results"));
        long[] locations = new long[3];
        String[] codes = {"BVA-A", "BVA-B", "BVA-W"};
        String[] kinds = {"STORE", "STORE", "WORKSHOP"};
        for (int i = 0; i < 3; i++) {
            ScanBench.check(api.post("/api/locations", Map.of("code", codes[i], "name", codes[i], "kind", kinds[i]), null));
            locations[i] = db.count("SELECT id FROM location WHERE code = '" + codes[i] + "'");
        }
        ImportBench.write(dir.resolve("valuation-parts.tsv"), null, parts, i -> "BVA-" + i + "\tPièce " + i + "\tFAM"
                + (i % 20) + "\tPIECE\t0\t0\t" + ValuationLedger.cents(ValuationLedger.standard(i)) + "\t2026-01-01\t2026-01-01");
        ImportBench.load(db, dir.resolve("valuation-parts.tsv"),
                "part (sku, name, family, unit, serialized, repairable, standard_cost, created_at, updated_at)");
        long first = db.count("SELECT MIN(id) FROM part WHERE sku LIKE 'BVA-%'");
        Path ledger = dir.resolve("valuation-ledger.tsv");
        ValuationLedger.write(ledger, first, parts, movements, locations);
        ImportBench.load(db, ledger, ValuationLedger.COLUMNS);
        db.execute("""
                INSERT INTO stock_level (part_id, location_id, item_condition, on_hand, reserved)
                SELECT part_id, location_id, item_condition, SUM(quantity), 0 FROM (
                    SELECT part_id, to_location_id AS location_id, to_condition AS item_condition, quantity
                    FROM stock_movement WHERE to_location_id IS NOT NULL
                    UNION ALL
                    SELECT part_id, from_location_id, from_condition, -quantity
                    FROM stock_movement WHERE from_location_id IS NOT NULL) moves
                GROUP BY part_id, location_id, item_condition""", """
                INSERT INTO stock_value (part_id, item_condition, quantity, value)
                SELECT part_id, item_condition, SUM(quantity), SUM(value) FROM (
                    SELECT part_id, to_condition AS item_condition, quantity, value FROM stock_movement
                    WHERE to_location_id IS NOT NULL AND from_location_id IS NULL
                    UNION ALL
                    SELECT part_id, from_condition, -quantity, -value FROM stock_movement
                    WHERE from_location_id IS NOT NULL AND to_location_id IS NULL) moves
                GROUP BY part_id, item_condition""");
        Bench.log("valuation: loaded %,d movements in %.0f s", movements, (System.nanoTime() - started) / 1e9);
    }
}
