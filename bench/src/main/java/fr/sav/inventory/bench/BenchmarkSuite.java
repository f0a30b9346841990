package fr.sav.inventory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the benchmarks of ARCHITECTURE.md against the built service and the local MariaDB, and writes
 * {@code docs/benchmarks.md} (a quick or partial run: {@code bench/results/benchmarks.md}). Arguments name the
 * benchmarks to run (scan, import, reorder, labels, valuation, startup; all by default; {@code scale}, the large world of
 * {@link ScaleBench}, only when named, which writes its section of {@code docs/benchmarks.md}); {@code --quick} runs
 * shorter and once.
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        boolean quick = Arrays.asList(args).contains("--quick");
        Set<String> chosen = new java.util.HashSet<>(Arrays.stream(args).filter(a -> !a.startsWith("-")).toList());
        if (chosen.isEmpty()) {
            chosen.addAll(List.of("startup", "scan", "import", "reorder", "labels", "valuation"));
        }
        int runs = quick ? 1 : 3;
        List<String> report = new ArrayList<>();
        report.add("# Benchmarks");
        report.add("");
        report.add("Measured on " + LocalDate.now() + " on " + Bench.machine() + ". Every figure is the median of "
                + runs + " run(s); database limits are measured in the same run on the same MariaDB. Reproduce with "
                + "`bench/run` (`bench/run --quick` for a short pass).");
        if (chosen.contains("startup")) {
            report.addAll(StartupBench.report(root, runs));
        }
        if (chosen.contains("scan")) {
            report.addAll(ScanReport.report(root, runs, quick ? 4 : 8));
        }
        if (chosen.contains("compare-scan")) {
            String other = System.getProperty("compare.root");
            if (other == null) {
                throw new IllegalArgumentException("compare-scan needs the other build's checkout: -Dcompare.root=PATH");
            }
            // more cycles (-Dcompare.cycles) narrow the median: a cycle's own ratio swings by ±15 % on this machine
            report.addAll(ScanComparison.report(root, Path.of(other).toAbsolutePath().normalize(),
                    Integer.getInteger("compare.cycles", quick ? 4 : 8), quick ? 5 : 8));
        }
        if (chosen.contains("import")) {
            report.addAll(ImportBench.report(root, runs, quick ? 200_000 : 1_000_000));
        }
        if (chosen.contains("reorder")) {
            report.addAll(ReorderBench.report(root, runs, quick ? 10_000 : 50_000));
        }
        if (chosen.contains("labels")) {
            report.addAll(LabelBench.report(runs));
        }
        if (chosen.contains("valuation")) {
            report.addAll(ValuationBench.report(root, runs, quick ? 10_000 : 50_000, quick ? 400_000 : 2_000_000));
        }
        if (chosen.contains("scale")) {
            List<String> scale = ScaleBench.report(root, runs);
            if (chosen.size() == 1 && !quick && !scale.isEmpty()) {
                ScaleBench.write(root, scale);
            }
            report.addAll(scale);
        }
        boolean everything = !quick && chosen.size() == 6;
        Path out = root.resolve(System.getProperty("bench.out",
                everything ? "docs/benchmarks.md" : "bench/results/benchmarks.md"));
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        Bench.log("wrote %s", out);
        report.forEach(System.out::println);
        System.exit(0);
    }

    static String section(String title) {
        return "\n## " + title + "\n";
    }

    static String row(Object... cells) {
        return "| " + String.join(" | ", Arrays.stream(cells).map(c -> c instanceof Double d ? Bench.f(d)
                : String.valueOf(c)).toList()) + " |";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
