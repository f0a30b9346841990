package fr.sav.inventory.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scan load of two builds side by side ({@code bench/run compare-scan}, the other build's checkout in
 * {@code -Dcompare.root}, built with {@code ./mvnw -DskipTests package}): both services run at once, each on a database
 * of its own, and each cycle measures the raw JDBC rate into copies of each build's own tables, the same raw
 * transaction moving a running total as well (the database's own price for a valued movement), then one build's HTTP
 * load, then the other's (the order alternating), 16 clients each. The machine's drift, which moves two runs minutes
 * apart by more than the builds differ, then falls on both builds alike: each build's ratio is to its own raw rate
 * measured in the same cycle.
 */
final class ScanComparison {

    private static final int CLIENTS = 16;

    private ScanComparison() {
    }

    static List<String> report(Path root, Path other, int cycles, int seconds) throws Exception {
        Database ours = Database.local("inventory_bench_scan");
        Database theirs = Database.local("inventory_bench_scan_other");
        ours.recreate();
        theirs.recreate();
        try (Service service = Service.start(root, 18081, ours.serviceEnv(), "512m");
             Service otherService = Service.start(other, 18083, theirs.serviceEnv(), "512m")) {
            ScanBench bench = bench(ours, service);
            ScanBench otherBench = bench(theirs, otherService);
            bench.load(CLIENTS, 30);
            otherBench.load(CLIENTS, 30);
            List<Double> ratios = new ArrayList<>();
            List<Double> otherRatios = new ArrayList<>();
            List<Double> relative = new ArrayList<>();
            List<Double> valuedRaw = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            lines.add(BenchmarkSuite.section("Scan movements over HTTP, this build against " + other));
            lines.add(String.format(Locale.ROOT, "Both services at once, %d cycles of %d s windows at %d clients: the raw "
                    + "JDBC rate into copies of each build's own ledger and level tables, the same transaction on this "
                    + "build's copies also moving a running total (its upsert sent with the level's update), then each "
                    + "build's HTTP load (the order alternating). Each build's ratio is to the raw rate into its own "
                    + "tables in the same cycle.", cycles, seconds, CLIENTS));
            lines.add("");
            lines.add(BenchmarkSuite.row("cycle", "raw JDBC tx/s, this build's tables", "the other's", "raw with a total /s",
                    "this build /s", "ratio", "other build /s", "ratio", "this / other"));
            lines.add("|---|---|---|---|---|---|---|---|---|");
            for (int cycle = 1; cycle <= cycles; cycle++) {
                double raw = bench.raw(CLIENTS, seconds);
                double otherRaw = otherBench.raw(CLIENTS, seconds);
                double valued = bench.rawValued(CLIENTS, seconds);
                valuedRaw.add(valued / raw);
                boolean oursFirst = cycle % 2 == 1;
                double first = (oursFirst ? bench : otherBench).load(CLIENTS, seconds).httpPerSecond();
                double second = (oursFirst ? otherBench : bench).load(CLIENTS, seconds).httpPerSecond();
                double mine = oursFirst ? first : second;
                double theirsRate = oursFirst ? second : first;
                ratios.add(mine / raw);
                otherRatios.add(theirsRate / otherRaw);
                relative.add((mine / raw) / (theirsRate / otherRaw));
                Bench.log("cycle %d: raw %.0f/s (the other's tables %.0f/s, with a total %.0f/s), this build %.0f/s "
                        + "(%.1f %%), other %.0f/s (%.1f %%)", cycle, raw, otherRaw, valued, mine, 100 * mine / raw,
                        theirsRate, 100 * theirsRate / otherRaw);
                lines.add(BenchmarkSuite.row(cycle, raw, otherRaw, valued, mine, percent(mine / raw), theirsRate,
                        percent(theirsRate / otherRaw), percent((mine / raw) / (theirsRate / otherRaw))));
            }
            double ratio = Bench.median(ratios);
            double otherRatio = Bench.median(otherRatios);
            lines.add(BenchmarkSuite.row("median", "", "", percent(Bench.median(valuedRaw)) + " of raw", "", percent(ratio),
                    "", percent(otherRatio), percent(Bench.median(relative))));
            lines.add("");
            lines.add(String.format(Locale.ROOT, "This build's median ratio to raw JDBC is %s of the other build's; the "
                    + "database alone keeps %s of its rate when the transaction also moves a running total. After the "
                    + "load, the audit of this build's ledger: %s; of the other's: %s.", percent(ratio / otherRatio),
                    percent(Bench.median(valuedRaw)),
                    ScanReport.audit(new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD)),
                    ScanReport.audit(new Http(otherService.uri()).login("admin", Bench.ADMIN_PASSWORD))));
            return lines;
        }
    }

    private static ScanBench bench(Database db, Service service) throws Exception {
        Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
        ScanBench bench = new ScanBench(db, api, service.uri(), api.authorization());
        bench.setUp();
        return bench;
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }
}
