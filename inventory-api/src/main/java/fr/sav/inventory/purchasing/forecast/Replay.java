package fr.sav.inventory.purchasing.forecast;

/**
 * One series replayed week by week through a stock rule, with backorders (a repair waits for its part). Each
 * week: orders due arrive and serve backorders first; the week's demand is served from stock, the rest
 * backordered; then the rule, knowing only the weeks so far, may order, and the order arrives at the start
 * of the week after the lead time (L weeks of demand later). Weeks before {@code warmUpWeeks} are history
 * only; the replay starts with the rule's starting stock.
 */
final class Replay {

    private Replay() {
    }

    static Tally run(WeeklyDemand series, StockRule rule, int warmUpWeeks, int leadTimeWeeks) {
        int weeks = series.weeks();
        int[] arriving = new int[weeks + leadTimeWeeks + 1];
        int onHand = rule.startingStock(series.first(warmUpWeeks));
        int backorders = 0;
        int onOrder = 0;
        int orders = 0;
        int cycles = 0;
        int shortCycles = 0;
        long demand = 0;
        long filled = 0;
        long stock = 0;
        boolean shortInCycle = false;
        for (int week = warmUpWeeks; week < weeks; week++) {
            int received = arriving[week];
            if (received > 0) {
                onOrder -= received;
                onHand += received;
                int released = Math.min(backorders, onHand);
                backorders -= released;
                onHand -= released;
                cycles++;
                shortCycles += shortInCycle ? 1 : 0;
                shortInCycle = false;
            }
            int asked = series.at(week);
            int served = Math.min(asked, onHand);
            onHand -= served;
            backorders += asked - served;
            demand += asked;
            filled += served;
            shortInCycle |= served < asked;
            stock += onHand;
            int quantity = rule.order(series.first(week + 1), onHand, backorders, onOrder);
            if (quantity > 0) {
                arriving[week + leadTimeWeeks + 1] += quantity;
                onOrder += quantity;
                orders++;
            }
        }
        if (shortInCycle) {
            cycles++;
            shortCycles++;
        }
        return new Tally(1, demand, filled, cycles, shortCycles, (double) stock / (weeks - warmUpWeeks), orders);
    }
}
