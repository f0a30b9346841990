package fr.sav.inventory.bench;

import fr.sav.labelprinter.Dpi;
import fr.sav.labelprinter.LabelCopies;
import fr.sav.labelprinter.LabelSize;
import fr.sav.labelprinter.Labels;
import fr.sav.labelprinter.PartLabel;
import fr.sav.labelprinter.SheetLayout;

import java.util.ArrayList;
import java.util.List;

/** Label rendering rates of the label-printer library, in this JVM after a warm-up. */
final class LabelBench {

    private LabelBench() {
    }

    static List<String> report(int runs) {
        Labels labels = new Labels();
        List<Double> png = new ArrayList<>();
        List<Double> sheet = new ArrayList<>();
        List<Double> zpl = new ArrayList<>();
        rate(labels, 500, 2_000, 2_000);
        for (int run = 0; run < runs; run++) {
            double[] rates = rate(labels, 2_000, 1_000, 200_000);
            png.add(rates[0]);
            sheet.add(rates[1]);
            zpl.add(rates[2]);
            Bench.log("labels: %.0f PNG/s, 1000-label sheet %.2f s, %.0f ZPL/s", rates[0], rates[1], rates[2]);
        }
        return List.of(BenchmarkSuite.section("Label rendering"),
                "Part labels 50x30 mm at 203 dpi (Code 128, name, condition, bin), one thread. Targets: ≥ 500 PNG/s, "
                        + "a 1,000-label PDF sheet in < 5 s, ≥ 20,000 ZPL/s.",
                "",
                BenchmarkSuite.row("PNG labels/s", "1,000-label A4 PDF (s)", "ZPL labels/s"),
                "|---|---|---|",
                BenchmarkSuite.row(Bench.median(png), Bench.median(sheet), Bench.median(zpl)));
    }

    private static double[] rate(Labels labels, int pngCount, int sheetLabels, int zplCount) {
        LabelSize size = LabelSize.MM_50X30;
        long start = System.nanoTime();
        for (int i = 0; i < pngCount; i++) {
            labels.png(label(i), size, Dpi.ZEBRA_203);
        }
        double pngRate = pngCount / ((System.nanoTime() - start) / 1e9);
        List<LabelCopies> copies = new ArrayList<>();
        for (int i = 0; i < sheetLabels; i++) {
            copies.add(LabelCopies.one(label(i)));
        }
        start = System.nanoTime();
        labels.sheet(copies, SheetLayout.A4_3X8_70X37);
        double sheetSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        for (int i = 0; i < zplCount; i++) {
            labels.zpl(label(i), size, Dpi.ZEBRA_203, 1);
        }
        double zplRate = zplCount / ((System.nanoTime() - start) / 1e9);
        return new double[]{pngRate, sheetSeconds, zplRate};
    }

    private static PartLabel label(int i) {
        return PartLabel.of("LV-PMP-" + (1000 + i % 9000), "Pompe de vidange Askoll é " + i, "RECONDITIONED", "MAG-A-03");
    }
}
