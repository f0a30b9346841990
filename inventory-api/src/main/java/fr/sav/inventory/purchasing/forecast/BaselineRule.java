package fr.sav.inventory.purchasing.forecast;

/**
 * The naive min/max rule of general-purpose ERPs (ERPNext's reorder level, OpenBoxes' min and max): average
 * weekly demand of the past, reorder point ⌈average × lead time⌉, order-up-to ⌈average × cover weeks⌉ (at
 * least the reorder point); order up to it when the position is below the reorder point.
 */
record BaselineRule(int leadTimeWeeks, int coverWeeks) implements StockRule {

    @Override
    public int startingStock(WeeklyDemand past) {
        return orderUpTo(average(past));
    }

    @Override
    public int order(WeeklyDemand past, int onHand, int backorders, int onOrder) {
        double average = average(past);
        int position = onHand - backorders + onOrder;
        return position < Pieces.up(average * leadTimeWeeks) ? orderUpTo(average) - position : 0;
    }

    private int orderUpTo(double average) {
        return Math.max(Pieces.up(average * leadTimeWeeks), Pieces.up(average * coverWeeks));
    }

    private static double average(WeeklyDemand past) {
        if (past.weeks() == 0) {
            return 0;
        }
        long total = 0;
        for (int week = 0; week < past.weeks(); week++) {
            total += past.at(week);
        }
        return (double) total / past.weeks();
    }
}
