package fr.sav.inventory.purchasing.forecast;

/** A stocking rule the simulator replays: what to hold at the start and what to order at the end of each week. */
interface StockRule {

    /** The stock to start the replay with, from the weeks before it. */
    int startingStock(WeeklyDemand past);

    /** Pieces to order at the end of a week, knowing only the weeks so far. */
    int order(WeeklyDemand past, int onHand, int backorders, int onOrder);
}
