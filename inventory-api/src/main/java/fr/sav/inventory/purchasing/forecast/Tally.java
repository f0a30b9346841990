package fr.sav.inventory.purchasing.forecast;

/**
 * What a replay counted: demand and the part of it served from stock at once, replenishment cycles (from one
 * arrival to the next) and those with a shortage, average pieces on hand at the end of a week, and orders.
 */
record Tally(int parts, long demand, long filled, int cycles, int shortCycles, double averageStock, int orders) {

    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0);

    Tally plus(Tally other) {
        return new Tally(parts + other.parts, demand + other.demand, filled + other.filled, cycles + other.cycles,
                shortCycles + other.shortCycles, averageStock + other.averageStock, orders + other.orders);
    }

    /** Demand served from stock when asked / total demand. */
    double fillRate() {
        return demand == 0 ? 1 : (double) filled / demand;
    }

    /** Share of replenishment cycles without a shortage. */
    double cycleServiceLevel() {
        return cycles == 0 ? 1 : 1 - (double) shortCycles / cycles;
    }
}
