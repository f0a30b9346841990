package fr.sav.inventory.purchasing.forecast;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a monthly spare-parts demand history in the competition layout (header row {@code part,m1..m51}, then
 * part id and one column per month): by default 2,500 series × 51 months from seed 20251205, with
 * {@link SplittableRandom} (the weekly generator uses {@code java.util.Random}). Each month's demand is compound
 * Poisson: a Poisson number of orders at the part's rate, each of 1 to 3 pieces mostly, now and then a lump of
 * 10 or more ({@link MonthlyFamily}). Usage: {@code MonthlyDemandGenerator [FILE [SERIES [MONTHS [SEED]]]]}.
 */
public final class MonthlyDemandGenerator {

    static final long SEED = 20251205L;

    private MonthlyDemandGenerator() {
    }

    public static void main(String[] args) throws IOException {
        IntermittentDemandGenerator.writeFile(args, "bench/data/monthly-lumpy-demand.csv", 2500, 51, SEED, "m",
                MonthlyDemandGenerator::generate);
    }

    static List<Series> generate(int count, int months, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Series> series = new ArrayList<>(count);
        int made = 0;
        MonthlyFamily[] families = MonthlyFamily.values();
        for (int i = 0; i < families.length; i++) {
            int share = i == families.length - 1 ? count - made : (int) Math.round(families[i].share() * count);
            for (int n = 1; n <= share; n++) {
                int[] drawn = families[i].draw(random, months);
                series.add(new Series(String.format("%s-%04d", families[i].code(), n), WeeklyDemand.of(drawn),
                        months - drawn.length));
            }
            made += share;
        }
        return series;
    }
}
