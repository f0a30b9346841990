package fr.sav.inventory.purchasing.forecast;

/** A stocking rule the simulator replays: what to hold at the start and what to order at the end of each week. */
interface StockRule {

    /** The rule for one series (the policy with the pool of its family); this rule unless it depends on the part. */
    default StockRule forPart(Series series) {
        return this;
    }

    /** The stock to start the replay with, from the weeks before it. */
    int startingStock(WeeklyDemand past);

    /** Pieces to order at the end of a week, knowing only the weeks so far. */
    int order(WeeklyDemand past, int onHand, int backorders, int onOrder);
}
