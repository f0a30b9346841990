package fr.sav.labelprinter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Throughput of the three outputs, on all cores, after a warm-up. Not a unit test: run it by hand as the module
 * README says, and copy the figures there.
 */
public final class LabelBenchmark {

    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final Labels LABELS = new Labels();

    private LabelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "%d threads, %s%n", THREADS, System.getProperty("java.vm.version"));
        run(4_000, i -> LABELS.png(label(i), LabelSize.MM_57X32, Dpi.ZEBRA_203).length
                + LABELS.zpl(label(i), LabelSize.MM_57X32, Dpi.ZEBRA_300, 1).length());
        sheet(1_000);
        for (Dpi dpi : List.of(Dpi.ZEBRA_203, Dpi.ZEBRA_300)) {
            rate("PNG 50x30 " + dpi, 20_000, i -> LABELS.png(label(i), LabelSize.MM_50X30, dpi).length);
            rate("PNG 100x50 " + dpi, 10_000, i -> LABELS.png(label(i), LabelSize.MM_100X50, dpi).length);
            rate("ZPL 50x30 " + dpi, 200_000, i -> LABELS.zpl(label(i), LabelSize.MM_50X30, dpi, 1).length());
        }
        sheet(1_000);
        sheet(1_000);
        sheet(1_000);
    }

    static Label label(int i) {
        String number = String.format(Locale.ROOT, "%06d", i % 1_000_000);
        return switch (i % 4) {
            case 0 -> PartLabel.of("LV-PMP-" + number.substring(2), "Pompe de vidange lave-linge", "RECONDITIONED",
                    "MAG-A-03");
            case 1 -> LocationLabel.of("MAG-A-" + number.substring(3), "Magasin central, allée A");
            case 2 -> UnitLabel.of("SN-" + number, "TV-PWR-0300", "REPAIRED").with(
                    i % 8 == 2 ? Symbology.QR_CODE : Symbology.DATA_MATRIX);
            default -> RepairOrderLabel.of("RO-2026-" + number, "LV-MTR-0007 moteur", "Mme Bérénice Laçroix",
                    LocalDate.of(2026, 3, 14));
        };
    }

    private static void rate(String what, int count, IntFunction<Integer> render) throws Exception {
        run(count / 5, render);
        long start = System.nanoTime();
        long bytes = run(count, render);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-22s %,9.0f labels/s  (%,d labels in %.2f s, %,d bytes each)%n", what,
                count / seconds, count, seconds, bytes / count);
    }

    private static long run(int count, IntFunction<Integer> render) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long bytes = 0;
                    for (int i = first; i < count; i += THREADS) {
                        bytes += render.apply(i);
                    }
                    return bytes;
                }));
            }
            long bytes = 0;
            for (Future<Long> part : parts) {
                bytes += part.get();
            }
            return bytes;
        } finally {
            pool.shutdown();
        }
    }

    private static void sheet(int count) {
        List<LabelCopies> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(LabelCopies.one(label(i)));
        }
        long start = System.nanoTime();
        byte[] pdf = LABELS.sheet(items, SheetLayout.A4_3X8_70X37);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "PDF sheet of %,d labels (%d A4 pages): %.2f s, %,d bytes%n", count,
                (count + 23) / 24, seconds, pdf.length);
    }
}
