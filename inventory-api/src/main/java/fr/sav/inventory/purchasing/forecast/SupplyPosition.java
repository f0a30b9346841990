package fr.sav.inventory.purchasing.forecast;

/**
 * What a part has and will have, in pieces: net position = usable on hand − reserved + on order + repairs
 * expected back within the lead time × repair yield + cores due back.
 */
public record SupplyPosition(long onHandUsable, long reserved, long onOrder, int inRepairExpected, double repairYield,
                             int coresDue) {

    public SupplyPosition {
        if (onHandUsable < 0 || reserved < 0 || onOrder < 0 || inRepairExpected < 0 || coresDue < 0) {
            throw new IllegalArgumentException("position terms cannot be negative: on hand " + onHandUsable
                    + ", reserved " + reserved + ", on order " + onOrder + ", in repair " + inRepairExpected
                    + ", cores due " + coresDue);
        }
        if (!(repairYield >= 0 && repairYield <= 1)) {
            throw new IllegalArgumentException("the repair yield must lie in [0, 1], not " + repairYield);
        }
    }

    public double net() {
        return onHandUsable - reserved + onOrder + inRepairExpected * repairYield + coresDue;
    }
}
