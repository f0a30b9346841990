package fr.sav.inventory.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** How the scale benchmark times the service: a page's calls at once, a filtered ledger's p95, a report's median. */
final class ScaleTimings {

    /** What the web page {@code #/parts/SKU} asks for, all at once as the browser does. */
    static final String[] PART_PAGE = {"/api/parts/%s", "/api/parts/%s/stock",
            "/api/reservations?status=ACTIVE&sku=%s", "/api/repair-orders?sku=%s", "/api/exchanges?status=CORE_OWED&sku=%s",
            "/api/parts/%s/offers", "/api/parts/%s/stock-policy", "/api/movements?size=50&sku=%s"};

    private ScaleTimings() {
    }

    /** The part page's p95 and p50, and its movements call's p95, in milliseconds. */
    static double[] partPage(Http api, ScaleWorld world, SplittableRandom random, int samples) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PART_PAGE.length);
        try {
            long[] pages = new long[samples];
            long[] movements = new long[samples];
            for (int n = 0; n < samples; n++) {
                String sku = ScaleWorld.sku(random.nextInt(world.parts()));
                long started = System.nanoTime();
                List<Future<Long>> calls = new ArrayList<>();
                for (String call : PART_PAGE) {
                    String path = call.formatted(sku);
                    calls.add(pool.submit(() -> {
                        long at = System.nanoTime();
                        Http.Answer answer = api.get(path);
                        if (answer.status() != 200 && !(answer.status() == 404 && path.endsWith("stock-policy"))) {
                            throw new IllegalStateException(path + " answered " + answer.status() + " " + answer.body());
                        }
                        return System.nanoTime() - at;
                    }));
                }
                for (Future<Long> call : calls) {
                    call.get();
                }
                pages[n] = System.nanoTime() - started;
                movements[n] = calls.get(PART_PAGE.length - 1).get();
            }
            return new double[] {Bench.percentileMillis(pages, samples, 95), Bench.percentileMillis(pages, samples, 50),
                    Bench.percentileMillis(movements, samples, 95)};
        } finally {
            pool.shutdown();
        }
    }

    /** The p95 of a ledger query, in milliseconds, over as many samples (after a tenth of them, untimed). */
    static double ledger(Http api, int samples, IntFunction<String> path) {
        for (int n = 0; n < samples / 10; n++) {
            api.get(path.apply(n));
        }
        long[] took = new long[samples];
        for (int n = 0; n < samples; n++) {
            String p = path.apply(n);
            long started = System.nanoTime();
            Http.Answer answer = api.get(p);
            took[n] = System.nanoTime() - started;
            if (answer.status() != 200) {
                throw new IllegalStateException(p + " answered " + answer.status() + " " + answer.body());
            }
        }
        double p95 = Bench.percentileMillis(took, samples, 95);
        Bench.log("scale: %s… p95 %.1f ms", path.apply(0).replaceAll("=[^=&]*$", "="), p95);
        return p95;
    }

    /** The median seconds of a GET, after one untimed call when it runs more than once. */
    static double timed(Http api, int runs, String path) {
        if (runs > 1) {
            api.get(path, Duration.ofHours(1));
        }
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            Http.Answer answer = api.get(path, Duration.ofHours(1));
            seconds.add((System.nanoTime() - started) / 1e9);
            if (answer.status() != 200) {
                throw new IllegalStateException(path + " answered " + answer.status() + " " + answer.body());
            }
            Bench.log("scale: %s %.2f s", path, seconds.get(run));
        }
        return Bench.median(seconds);
    }

    /** The valuation's month-end snapshots deleted (when the service made them already), for a cold start. */
    static void noSnapshots(Database db) throws Exception {
        if (db.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = 'valuation_snapshot'") > 0) {
            db.execute("TRUNCATE TABLE valuation_snapshot", "TRUNCATE TABLE valuation_snapshot_value",
                    "TRUNCATE TABLE valuation_snapshot_level");
        }
    }

    /** How many snapshots (and rows) the service stored, and how long after the call that asked for them. */
    record Snapshots(long snapshots, long rows, double seconds) {

        String describe() {
            return String.format(Locale.ROOT, "%d snapshots (%,d rows) stored %.0f s after the first call", snapshots,
                    rows, seconds);
        }
    }

    /**
     * Waits (an hour at most) until the service has stored the snapshot of the last month with movements that ended
     * more than a day ago (the snapshots' margin), the last one it builds; answers them and the seconds since
     * {@code askedNanos}.
     */
    static Snapshots snapshotsBuilt(Database db, long askedNanos) throws Exception {
        String started = YearMonth.from(Instant.now().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).atDay(1) + " 00:00:00";
        String last = "SELECT TIMESTAMP(DATE_FORMAT(MAX(occurred_at), '%Y-%m-01')) + INTERVAL 1 MONTH - INTERVAL 1000 MICROSECOND "
                + "FROM stock_movement WHERE occurred_at < '" + started + "'";
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (db.count("SELECT COUNT(*) FROM valuation_snapshot WHERE month_end = (" + last + ")") == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - askedNanos) / 1e9;
        Snapshots built = new Snapshots(db.count("SELECT COUNT(*) FROM valuation_snapshot"),
                db.count("SELECT (SELECT COUNT(*) FROM valuation_snapshot_value) + (SELECT COUNT(*) FROM valuation_snapshot_level)"),
                seconds);
        Bench.log("scale: %s", built.describe());
        return built;
    }
}
