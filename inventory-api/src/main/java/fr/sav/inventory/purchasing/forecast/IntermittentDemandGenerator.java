package fr.sav.inventory.purchasing.forecast;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a spare-parts demand history in the competition layout (header row, then part id and one column per
 * week): by default 1,000 series × 104 weeks from seed 20240501, mixing the {@link DemandPattern} families
 * (smooth 20 %, erratic 15 %, intermittent 30 %, lumpy 25 %, dying out 10 %); part ids carry the family code.
 * Usage: {@code IntermittentDemandGenerator [FILE [SERIES [WEEKS [SEED]]]]}.
 */
public final class IntermittentDemandGenerator {

    static final long SEED = 20240501L;

    private IntermittentDemandGenerator() {
    }

    public static void main(String[] args) throws IOException {
        writeFile(args, "bench/data/intermittent-demand.csv", 1000, 104, SEED, "w", IntermittentDemandGenerator::generate);
    }

    /** How a generator draws its series: that many, that many buckets long, from that seed. */
    interface Draw {
        List<Series> series(int count, int buckets, long seed);
    }

    /**
     * A generator's command line, {@code [FILE [SERIES [BUCKETS [SEED]]]]} with its defaults: draws the series and writes
     * them as a demand file whose bucket columns carry the prefix ("w" for weeks, "m" for months).
     */
    static void writeFile(String[] args, String file, int count, int buckets, long seed, String prefix, Draw draw)
            throws IOException {
        Path path = Path.of(args.length > 0 ? args[0] : file);
        int series = args.length > 1 ? Integer.parseInt(args[1]) : count;
        int length = args.length > 2 ? Integer.parseInt(args[2]) : buckets;
        long from = args.length > 3 ? Long.parseLong(args[3]) : seed;
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(draw.series(series, length, from), length, prefix, out);
        }
    }

    static List<Series> generate(int count, int weeks, long seed) {
        Random random = new Random(seed);
        List<Series> series = new ArrayList<>(count);
        int made = 0;
        DemandPattern[] patterns = DemandPattern.values();
        for (int i = 0; i < patterns.length; i++) {
            int share = i == patterns.length - 1 ? count - made : (int) Math.round(patterns[i].share() * count);
            for (int n = 1; n <= share; n++) {
                series.add(new Series(String.format("%s-%04d", patterns[i].code(), n),
                        WeeklyDemand.of(patterns[i].draw(random, weeks))));
            }
            made += share;
        }
        return series;
    }

    /** Writes the header row (part, then the period prefix and its number) and one row per series, blank before its start. */
    static void write(List<Series> series, int weeks, String prefix, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("part");
        for (int week = 1; week <= weeks; week++) {
            line.append(',').append(prefix).append(week);
        }
        out.write(line.append('\n').toString());
        for (Series one : series) {
            line.setLength(0);
            line.append(one.part());
            line.append(",".repeat(one.start()));
            for (int week = 0; week < one.demand().weeks(); week++) {
                line.append(',').append(one.demand().at(week));
            }
            out.write(line.append('\n').toString());
        }
    }
}
