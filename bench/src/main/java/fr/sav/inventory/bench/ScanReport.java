package fr.sav.inventory.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the scan load at 1, 4, 16 and 64 clients (or the levels {@code -Dscan.clients=16,64} names) and reports it
 * against the raw JDBC rate.
 */
final class ScanReport {

    private static final int[] CLIENTS = java.util.Arrays.stream(System.getProperty("scan.clients", "1,4,16,64")
            .split(",")).mapToInt(level -> Integer.parseInt(level.trim())).toArray();
    private static final int FLOOR_CLIENTS = 16;

    private ScanReport() {
    }

    static List<String> report(Path root, int runs, int seconds) throws Exception {
        Database db = Database.local("inventory_bench_scan");
        db.recreate();
        List<String> lines = new ArrayList<>();
        try (Service service = Service.start(root, 18081, db.serviceEnv(), "512m")) {
            Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
            ScanBench bench = new ScanBench(db, api, service.uri(), api.authorization());
            bench.setUp();
            bench.run(16, 30);
            lines.add(BenchmarkSuite.section("Scan movements over HTTP"));
            lines.add("Each client posts RECEIPT and ISSUE movements in turn (one piece, an `Idempotency-Key` each, bearer "
                    + "token) for " + seconds + " s; the database limit is the same insert-movement + update-level + "
                    + "commit over raw JDBC with as many connections. Target: ≥ 60 % of that rate at 16 clients, "
                    + "p99 < 50 ms.");
            lines.add("");
            lines.add(BenchmarkSuite.row("clients", "HTTP movements/s", "p50 ms", "p99 ms", "raw JDBC tx/s", "ratio"));
            lines.add("|---|---|---|---|---|---|");
            double jdbcAt16 = 0;
            for (int clients : CLIENTS) {
                List<Double> http = new ArrayList<>();
                List<Double> p50 = new ArrayList<>();
                List<Double> p99 = new ArrayList<>();
                List<Double> jdbc = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    ScanBench.Result result = bench.run(clients, seconds);
                    Bench.log("scan %d clients: %.0f/s (p50 %.1f ms, p99 %.1f ms), jdbc %.0f/s, ratio %.2f", clients,
                            result.httpPerSecond(), result.p50Millis(), result.p99Millis(), result.jdbcPerSecond(),
                            result.ratio());
                    http.add(result.httpPerSecond());
                    p50.add(result.p50Millis());
                    p99.add(result.p99Millis());
                    jdbc.add(result.jdbcPerSecond());
                }
                double h = Bench.median(http);
                double j = Bench.median(jdbc);
                if (clients == FLOOR_CLIENTS) {
                    jdbcAt16 = j;
                }
                lines.add(BenchmarkSuite.row(clients, h, Bench.median(p50), Bench.median(p99), j,
                        String.format(java.util.Locale.ROOT, "%.0f %%", 100 * h / j)));
            }
            List<Double> floor = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                floor.add(bench.floor(FLOOR_CLIENTS, seconds));
                Bench.log("authenticated GET without the database, %d clients: %.0f/s", FLOOR_CLIENTS, floor.get(run));
            }
            double f = Bench.median(floor);
            lines.add("");
            lines.add(String.format(java.util.Locale.ROOT, "The service's own floor, for scale: an authenticated GET that "
                    + "reads no database (`GET /api/locations/{code}`, kept in memory) answers %s/s at %d clients, %.0f %% "
                    + "of the raw JDBC movement rate at %d clients. A movement costs the service that GET's work and its own "
                    + "(five statements against the raw three, JSON in and out, the idempotency record), and the "
                    + "database's work for it runs on the same two cores.", Bench.f(f), FLOOR_CLIENTS, 100 * f / jdbcAt16,
                    FLOOR_CLIENTS));
            lines.add("");
            lines.add("After the load, `GET /api/stock/audit` (ledger replay against the levels and values): "
                    + audit(api) + ".");
        }
        return lines;
    }

    /** What the ledger's audit says: consistent and over how many movements, or what it found. */
    static String audit(Http api) throws Exception {
        Http.Answer audit = api.get("/api/stock/audit");
        return audit.status() != 200 ? "answered " + audit.status() + ": " + audit.body()
                : (audit.json().get("consistent").asBoolean() ? "consistent"
                : "NOT consistent: " + audit.body().substring(0, Math.min(300, audit.body().length())) + "…")
                + ", " + audit.json().get("movements").asLong() + " movements";
    }
}
