package fr.sav.inventory.purchasing.forecast;

/**
 * What a part has and will have, in pieces: net position = usable on hand − reserved + on order + repairs
 * expected back within the lead time × repair yield + cores due back (not overdue) × core return rate × repair
 * yield (a core comes back faulty and is repaired like any other).
 */
public record SupplyPosition(long onHandUsable, long reserved, long onOrder, int inRepairExpected, double repairYield,
                             int coresDue, double coreReturnRate) {

    public SupplyPosition {
        if (onHandUsable < 0 || reserved < 0 || onOrder < 0 || inRepairExpected < 0 || coresDue < 0) {
            throw new IllegalArgumentException("position terms cannot be negative: on hand " + onHandUsable
                    + ", reserved " + reserved + ", on order " + onOrder + ", in repair " + inRepairExpected
                    + ", cores due " + coresDue);
        }
        if (!(repairYield >= 0 && repairYield <= 1)) {
            throw new IllegalArgumentException("the repair yield must lie in [0, 1], not " + repairYield);
        }
        if (!(coreReturnRate >= 0 && coreReturnRate <= 1)) {
            throw new IllegalArgumentException("the core return rate must lie in [0, 1], not " + coreReturnRate);
        }
    }

    /** A position whose cores due all come back (return rate 1). */
    public SupplyPosition(long onHandUsable, long reserved, long onOrder, int inRepairExpected, double repairYield,
                          int coresDue) {
        this(onHandUsable, reserved, onOrder, inRepairExpected, repairYield, coresDue, 1);
    }

    /** Usable pieces the cores due are expected to give: cores due × return rate × repair yield. */
    public double coresExpected() {
        return coresDue * coreReturnRate * repairYield;
    }

    public double net() {
        return onHandUsable - reserved + onOrder + inRepairExpected * repairYield + coresExpected();
    }
}
