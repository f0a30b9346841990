package fr.sav.inventory.purchasing.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Micro-measurement, not a test: times {@link ReorderPolicy#suggest} over 50,000 random parts × 104 weeks
 * drawn from the generator's families, one thread, with the default settings or, given {@code bootstrap}, with
 * intermittent and lumpy parts bootstrapped, or, given {@code pooled}, the service's policy: bootstrapped, each part's
 * sizes mixed with its family's pool at a weight of 32 (the pools built in each round, as the endpoint does).
 * Usage: {@code ReorderThroughput [PARTS [WEEKS [ROUNDS [bootstrap|pooled]]]]}.
 */
public final class ReorderThroughput {

    private ReorderThroughput() {
    }

    public static void main(String[] args) {
        int parts = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 104;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Random random = new Random(42);
        WeeklyDemand[] demand = new WeeklyDemand[parts];
        SupplyPosition[] supply = new SupplyPosition[parts];
        List<SupplierOffer> offers = List.of(
                new SupplierOffer("ACME", new BigDecimal("12.40"), 5, 1, 10, false),
                new SupplierOffer("BOSS", new BigDecimal("11.90"), 10, 5, 21, false));
        List<Series> series = IntermittentDemandGenerator.generate(parts, weeks, 42);
        for (int i = 0; i < parts; i++) {
            demand[i] = series.get(i).demand();
            supply[i] = new SupplyPosition(random.nextInt(20), random.nextInt(3), random.nextInt(10),
                    random.nextInt(3), 0.8, random.nextInt(2));
        }
        String mode = args.length > 3 ? args[3] : "fitted";
        boolean pooled = mode.equals("pooled");
        ReorderPolicy policy = new ReorderPolicy(mode.equals("fitted") ? PolicySettings.DEFAULT
                : PolicySettings.DEFAULT.bootstrapped().pooled(pooled ? 32 : 0));
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            int suggestions = 0;
            long pieces = 0;
            SizePools pools = pooled ? SizePools.of(series, weeks, false) : SizePools.NONE;
            for (int i = 0; i < parts; i++) {
                ReorderLevels levels = policy.levels(demand[i], 14, pools.of(series.get(i).part()));
                var suggestion = policy.suggest("P" + i, levels, null, supply[i], offers);
                if (suggestion.isPresent()) {
                    suggestions++;
                    pieces += suggestion.get().suggestedQuantity();
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s round %d: %,d parts × %d weeks in %,d ms (%,d suggestions, %,d pieces)%n",
                    mode, round + 1, parts, weeks, millis, suggestions, pieces);
        }
    }
}
