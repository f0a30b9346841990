package fr.sav.inventory.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Shared figures and settings of the benchmarks. */
final class Bench {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    private static final List<String> TRANSCRIPT = Collections.synchronizedList(new ArrayList<>());

    private Bench() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The p-th percentile (0–100) of latencies in nanoseconds, in milliseconds. */
    static double percentileMillis(long[] nanos, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = java.util.Arrays.copyOf(nanos, count);
        java.util.Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores, %.0f GiB memory, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(), memory / 1024.0 / 1024 / 1024,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    /** The machine's load average over 1, 5 and 15 minutes, as /proc/loadavg gives it ("?" where there is none). */
    static String loadAverage() {
        try {
            String[] figures = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return figures[0] + " / " + figures[1] + " / " + figures[2];
        } catch (IOException | RuntimeException none) {
            return "?";
        }
    }

    static String f(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static void log(String format, Object... values) {
        String line = String.format(Locale.ROOT, format, values);
        TRANSCRIPT.add(line);
        System.out.println("[bench] " + line);
    }

    /** Writes what this run logged, under a title and what it shows, as a Markdown page. */
    static void writeTranscript(Path root, String file, String title, String what) throws IOException {
        List<String> page = new ArrayList<>(List.of("# " + title, "", what, "",
                "Run on " + LocalDate.now() + " on " + machine() + ":", "", "```"));
        synchronized (TRANSCRIPT) {
            page.addAll(TRANSCRIPT);
        }
        page.add("```");
        Path out = root.resolve(file);
        Files.createDirectories(out.getParent());
        Files.write(out, page);
        System.out.println("[bench] wrote " + out);
    }
}
