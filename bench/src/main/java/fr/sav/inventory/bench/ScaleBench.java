package fr.sav.inventory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The service over a large world ({@link ScaleWorld}): the part page, the ledger's filters, the dashboard, the
 * valuation, the reorder suggestions, the ledger audit (full, then from its checkpoint after a day of movements) and the
 * scan load, all in one run against the same MariaDB. The service listens on port 18085 (moved by {@code -Dbench.portOffset}).
 */
final class ScaleBench {

    private static final int DAY = 20_000;

    private ScaleBench() {
    }

    static List<String> report(Path root, int runs) throws Exception {
        ScaleWorld world = ScaleWorld.fromProperties();
        Database db = world.database();
        String loaded;
        if (world.present(db)) {
            loaded = "kept from an earlier run in `" + db.name() + "`, " + world.loadedAs(db);
        } else {
            loaded = String.format(Locale.ROOT, "generated and loaded in %.0f s", world.load(root));
        }
        List<String> lines = new ArrayList<>();
        if (Boolean.getBoolean("scale.loadOnly")) {
            return lines;
        }
        long total = db.count("SELECT MAX(id) FROM stock_movement");
        int samples = Integer.getInteger("scale.samples", 200);
        List<String> loads = new ArrayList<>();
        loads.add(Bench.loadAverage());
        List<String> rows = new ArrayList<>();
        ScanBench.Result scan;
        ScaleTimings.noSnapshots(db);
        try (Service service = Service.start(root, 18085, db.serviceEnv(), "1g", List.of(
                "-Dmicronaut.server.idle-timeout=60m", "-Dmicronaut.server.read-idle-timeout=60m",
                "-Dmicronaut.server.write-idle-timeout=60m", "-Dinventory.valuation.snapshot-initial-delay=24h"))) {
            Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
            SplittableRandom random = new SplittableRandom(20261206);
            ScaleTimings.partPage(api, world, random, Math.min(20, samples));
            double[] page = ScaleTimings.partPage(api, world, random, samples);
            rows.add(BenchmarkSuite.row("part page (" + ScaleTimings.PART_PAGE.length + " calls at once, " + samples + " parts)",
                    "p95 < 50 ms", ms(page[0]) + " p95 (p50 " + ms(page[1]) + "); slowest call "
                            + "`/api/movements?size=50&sku=` p95 " + ms(page[2]), verdict(page[0] < 50)));
            double bySku = ScaleTimings.ledger(api, samples,
                    i -> "/api/movements?size=50&sku=" + ScaleWorld.sku(random.nextInt(world.parts())));
            double byLocation = ScaleTimings.ledger(api, samples, i -> "/api/movements?size=50&location="
                    + ScaleWorld.location(world.place(random.nextInt(world.parts()), random.nextInt(3))));
            double byReference = ScaleTimings.ledger(api, samples, i -> "/api/movements?size=50&reference=WO-"
                    + (Math.floorMod(random.nextLong(), world.movements()) / 2));
            rows.add(BenchmarkSuite.row("ledger by sku", "p95 < 100 ms", ms(bySku) + " p95", verdict(bySku < 100)));
            rows.add(BenchmarkSuite.row("ledger by location", "p95 < 100 ms", ms(byLocation) + " p95", verdict(byLocation < 100)));
            rows.add(BenchmarkSuite.row("ledger by reference", "p95 < 100 ms", ms(byReference) + " p95",
                    verdict(byReference < 100)));
            loads.add(Bench.loadAverage());
            double dashboard = ScaleTimings.timed(api, runs, "/api/dashboard");
            rows.add(BenchmarkSuite.row("dashboard", "< 2 s", s(dashboard), verdict(dashboard < 2)));
            double now = ScaleTimings.timed(api, runs, "/api/stock/valuation?by=condition");
            rows.add(BenchmarkSuite.row("valuation now, by condition", "< 1 s", s(now), verdict(now < 1)));
            Instant middle = ScaleWorld.START.plus(ScaleWorld.SPAN.dividedBy(2));
            String halfWay = "/api/stock/valuation?by=condition&at=" + middle;
            long asked = System.nanoTime();
            double cold = ScaleTimings.timed(api, 1, halfWay);
            ScaleTimings.Snapshots built = ScaleTimings.snapshotsBuilt(db, asked);
            double past = ScaleTimings.timed(api, runs, halfWay);
            double pastByLocation = ScaleTimings.timed(api, runs, "/api/stock/valuation?by=location&at=" + middle);
            rows.add(BenchmarkSuite.row("valuation half-way (" + middle + "), by condition, the month-end snapshots "
                    + "built before the timed call", "< 5 s", s(past), verdict(past < 5)));
            rows.add(BenchmarkSuite.row("valuation half-way, by location, from the snapshots", "< 5 s", s(pastByLocation),
                    verdict(pastByLocation < 5)));
            rows.add(BenchmarkSuite.row("valuation half-way, by condition, the first call after a cold start (no "
                    + "snapshot yet: the ledger replayed up to it)", "reported", s(cold), "reported"));
            rows.add(BenchmarkSuite.row("month-end snapshots built in the background, started by that call", "reported",
                    built.describe(), "reported"));
            long behind = db.count("SELECT MAX(id) - (SELECT last_movement_id FROM demand_rollup) FROM stock_movement");
            double catchingUp = ScaleTimings.timed(api, 1, "/api/reorder-suggestions");
            rows.add(BenchmarkSuite.row(String.format(Locale.ROOT, "reorder suggestions, first call, rolling up the "
                    + "%,d movements its weekly demand had not yet seen", behind), "reported", s(catchingUp), "reported"));
            double reorder = ScaleTimings.timed(api, runs, "/api/reorder-suggestions");
            rows.add(BenchmarkSuite.row("reorder suggestions, all " + String.format(Locale.ROOT, "%,d", world.parts())
                    + " parts, demand rolled up", "< 20 s", s(reorder), verdict(reorder < 20)));
            loads.add(Bench.loadAverage());
            long started = System.nanoTime();
            Http.Answer full = api.get("/api/stock/audit", Duration.ofHours(1));
            double fullSeconds = (System.nanoTime() - started) / 1e9;
            Bench.log("scale: full audit %.1f s: %s", fullSeconds, abbreviated(full));
            long checkpoint = db.count("SELECT COALESCE(MAX(movement_id), 0) FROM stock_audit_checkpoint");
            ScanBench bench = new ScanBench(db, api, service.uri(), api.authorization(), RawScan.Target.LEDGER);
            bench.setUp();
            scan = bench.run(16, Integer.getInteger("scale.scanSeconds", 20));
            Bench.log("scale: scan 16 clients %.0f/s (p99 %.1f ms), raw JDBC %.0f/s, ratio %.2f", scan.httpPerSecond(),
                    scan.p99Millis(), scan.jdbcPerSecond(), scan.ratio());
            if (checkpoint == 0) {
                rows.add(BenchmarkSuite.row("ledger audit from the checkpoint", "< 5 s",
                        "not measured: the full replay stored no checkpoint", "**missed**"));
            } else {
                while (db.count("SELECT COUNT(*) FROM stock_movement WHERE id > " + checkpoint) < DAY) {
                    bench.run(16, 3);
                }
                long day = db.count("SELECT COUNT(*) FROM stock_movement WHERE id > " + checkpoint);
                List<Double> incremental = new ArrayList<>();
                Http.Answer since = null;
                for (int run = 0; run < runs; run++) {
                    started = System.nanoTime();
                    since = api.get("/api/stock/audit?since=checkpoint", Duration.ofHours(1));
                    incremental.add((System.nanoTime() - started) / 1e9);
                    Bench.log("scale: audit since the checkpoint %.2f s: %s", incremental.get(run), abbreviated(since));
                }
                double incrementalSeconds = Bench.median(incremental);
                rows.add(BenchmarkSuite.row("ledger audit from the checkpoint, after " + String.format(Locale.ROOT, "%,d",
                        day) + " movements", "< 5 s", s(incrementalSeconds) + ", " + consistency(since),
                        verdict(incrementalSeconds < 5 && ok(since))));
            }
            loads.add(Bench.loadAverage());
            rows.add(BenchmarkSuite.row("ledger audit, full replay of " + (ok(full) ? String.format(Locale.ROOT, "%,d",
                    full.json().get("movements").asLong()) : "the") + " movements", "reported", s(fullSeconds) + ", " + consistency(full), ok(full) ? "reported" : "**NOT consistent**"));
            rows.add(BenchmarkSuite.row("scan movements over HTTP, 16 clients", "≥ 60 % of raw JDBC, p99 < 50 ms",
                    String.format(Locale.ROOT, "%s/s = %.0f %% of %s tx/s raw JDBC into the same ledger; p99 %s", Bench.f(scan.httpPerSecond()),
                            100 * scan.ratio(), Bench.f(scan.jdbcPerSecond()), ms(scan.p99Millis())),
                    verdict(scan.ratio() >= 0.6 && scan.p99Millis() < 50)));
        }
        lines.add(BenchmarkSuite.section("Scale"));
        lines.add(String.format(Locale.ROOT, "Measured on %s on %s (load average while measuring: %s; the machine is shared). "
                        + "A world of %,d parts, %,d locations (a workshop in ten) and %,d movements over three years "
                        + "(receipts, issues, transfers, returns, scraps; each part kept in two stores and a workshop), "
                        + "generated as the service values them and %s; the ledger's last movement id %,d when measured. "
                        + "MariaDB %s with the Debian package's defaults (innodb_buffer_pool_size %d MiB, "
                        + "innodb_flush_log_at_trx_commit %s). The service runs with `-Xmx1g`; each answer is timed whole "
                        + "(JSON included), %d sample(s) per figure for the pages, median of %d run(s) otherwise. "
                        + "Reproduce with `bench/run scale` (a small world: `BENCH_JAVA_OPTS='-Dscale.parts=1000 -Dscale.locations=200 "
                        + "-Dscale.movements=200000 -Dscale.db=inventory_scale_small' bench/run --quick scale`).",
                java.time.LocalDate.now(), Bench.machine(), String.join(", ", loads), world.parts(), world.locations(),
                world.movements(), loaded, total, variable(db, "version"),
                Long.parseLong(variable(db, "innodb_buffer_pool_size")) / 1024 / 1024,
                variable(db, "innodb_flush_log_at_trx_commit"), samples, runs));
        lines.add("");
        lines.add(BenchmarkSuite.row("what", "target", "measured", ""));
        lines.add("|---|---|---|---|");
        lines.addAll(rows);
        return lines;
    }

    private static boolean ok(Http.Answer audit) {
        return audit != null && audit.status() == 200 && audit.json().get("consistent").asBoolean();
    }

    private static String consistency(Http.Answer audit) {
        if (audit == null || audit.status() != 200) {
            return "answered " + (audit == null ? "nothing" : audit.status());
        }
        var json = audit.json();
        return (json.get("consistent").asBoolean() ? "consistent" : "NOT consistent") + " ("
                + json.get("movements").asLong() + " movements replayed"
                + (json.hasNonNull("since") ? " after movement " + json.get("since").asLong() : "") + ")";
    }

    private static String abbreviated(Http.Answer answer) {
        String body = answer.body();
        return answer.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String variable(Database db, String name) throws Exception {
        try (var connection = db.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT @@" + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static void write(Path root, List<String> section) throws Exception {
        Path out = root.resolve("docs/benchmarks.md");
        String text = Files.readString(out);
        int at = text.indexOf("\n## Scale\n");
        if (at >= 0) {
            int next = text.indexOf("\n## ", at + 5);
            text = text.substring(0, at) + (next >= 0 ? text.substring(next) : "");
        }
        Files.writeString(out, text.stripTrailing() + "\n" + String.join("\n", section) + "\n");
        Bench.log("wrote %s", out);
    }
}
