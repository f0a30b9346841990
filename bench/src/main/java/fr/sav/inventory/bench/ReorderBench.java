package fr.sav.inventory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Reorder suggestions for N parts with 104 weeks of intermittent demand history each. */
final class ReorderBench {

    private static final int WEEKS = 104;

    private ReorderBench() {
    }

    static List<String> report(Path root, int runs, int parts) throws Exception {
        Database db = Database.local("inventory_bench_reorder");
        db.recreate();
        Path dir = Files.createDirectories(root.resolve("bench/results"));
        List<Double> seconds = new ArrayList<>();
        int suggested;
        try (Service service = Service.start(root, 18083, db.serviceEnv(), "1g")) {
            Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
            ScanBench.check(api.post("/api/suppliers", Map.of("code", "BENCH-SUP", "name", "Bench supplier",
                    "leadTimeDays", 10), null));
            ScanBench.check(api.post("/api/locations", Map.of("code", "BENCH-STORE", "name", "Bench", "kind", "STORE"), null));
            long supplier = db.count("SELECT id FROM supplier WHERE code = 'BENCH-SUP'");
            long store = db.count("SELECT id FROM location WHERE code = 'BENCH-STORE'");
            ImportBench.write(dir.resolve("reorder-parts.tsv"), null, parts, i -> "BRO-" + i + "\tPièce " + i + "\tFAM"
                    + (i % 20) + "\tPIECE\t0\t0\t2026-01-01\t2026-01-01");
            ImportBench.load(db, dir.resolve("reorder-parts.tsv"),
                    "part (sku, name, family, unit, serialized, repairable, created_at, updated_at)");
            long first = db.count("SELECT MIN(id) FROM part WHERE sku LIKE 'BRO-%'");
            ImportBench.write(dir.resolve("reorder-offers.tsv"), null, parts, i -> supplier + "\t" + (first + i) + "\tR" + i
                    + "\t" + (5 + i % 50) + ".00\tEUR\t" + (1 + i % 4) + "\t" + (1 + i % 2) + "\t\\N\t" + (i % 2) + "\t2026-01-01");
            ImportBench.load(db, dir.resolve("reorder-offers.tsv"), "supplier_offer (supplier_id, part_id, supplier_ref, "
                    + "price, currency, min_order_qty, pack_size, lead_time_days, preferred, updated_at)");
            ImportBench.write(dir.resolve("reorder-stock.tsv"), null, parts, i -> (first + i) + "\t" + store + "\tNEW\t"
                    + (i % 7) + "\t0");
            ImportBench.load(db, dir.resolve("reorder-stock.tsv"), "stock_level (part_id, location_id, item_condition, "
                    + "on_hand, reserved)");
            writeHistory(dir.resolve("reorder-history.tsv"), first, parts);
            ImportBench.load(db, dir.resolve("reorder-history.tsv"), "demand_history (part_id, period_start, period_kind, "
                    + "quantity)");
            suggested = 0;
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                Http.Answer answer = api.get("/api/reorder-suggestions");
                double took = (System.nanoTime() - started) / 1e9;
                if (answer.status() != 200) {
                    throw new IllegalStateException("suggestions failed: " + answer.status());
                }
                suggested = answer.json().size();
                seconds.add(took);
                Bench.log("reorder suggestions for %d parts: %.2f s, %d suggested", parts, took, suggested);
            }
        }
        return List.of(BenchmarkSuite.section("Reorder suggestions"),
                String.format(Locale.ROOT, "`GET /api/reorder-suggestions` over %,d parts with %d weeks of demand history "
                        + "each (intermittent, about a third of the weeks with demand), an offer and a stock level per "
                        + "part; the whole answer (JSON included) is timed. Target: < 10 s for 50,000 parts.", parts, WEEKS),
                "",
                BenchmarkSuite.row("parts", "weeks", "suggested", "seconds"),
                "|---|---|---|---|",
                BenchmarkSuite.row(parts, WEEKS, suggested, Bench.median(seconds)));
    }

    private static void writeHistory(Path file, long firstPart, int parts) throws Exception {
        LocalDate start = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS);
        SplittableRandom random = new SplittableRandom(20261123);
        try (var out = Files.newBufferedWriter(file)) {
            for (int part = 0; part < parts; part++) {
                double chance = 0.1 + random.nextDouble() * 0.5;
                for (int week = 0; week < WEEKS; week++) {
                    if (random.nextDouble() < chance) {
                        out.write((firstPart + part) + "\t" + start.plusWeeks(week) + "\tWEEK\t" + (1 + random.nextInt(4)));
                        out.newLine();
                    }
                }
            }
        }
    }
}
