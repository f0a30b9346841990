package fr.sav.inventory.purchasing.forecast;

/** A reorder point and order-up-to level a rule sets instead of the forecast's, with the sentence that says why. */
public record SetLevels(LevelsFrom from, int reorderPoint, int orderUpTo, String words) {

    public SetLevels {
        if (from == LevelsFrom.FORECAST) {
            throw new IllegalArgumentException("the forecast's levels are not set by a rule");
        }
        if (reorderPoint < 0 || orderUpTo < reorderPoint) {
            throw new IllegalArgumentException("levels need 0 ≤ reorder point ≤ order-up-to, not " + reorderPoint
                    + " and " + orderUpTo);
        }
    }
}
