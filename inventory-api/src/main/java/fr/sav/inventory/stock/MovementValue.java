package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one movement is worth, by the moving average per part and condition (DOMAIN rule 16). {@code value} is what
 * the movement brings into its destination, or takes out of its source when it has none; {@code added} is the part of
 * it its source did not give (a repair's cost, a write-down to a share of the standard cost), so the source gives
 * {@code value - added}. The same rule values a movement as it is recorded and when the ledger is replayed.
 */
record MovementValue(BigDecimal unitValue, BigDecimal value, @Nullable BigDecimal added) {

    /**
     * The facts the rule reads: the movement's sides, its unit cost (what an entry from outside or a write-down is
     * valued at; null for an adjustment found at the average), a value fixed beforehand (a reversal, at the value of
     * what it takes back) and what a repair added.
     */
    record Facts(int quantity, @Nullable Condition from, @Nullable Condition to, @Nullable BigDecimal unitCost,
                 @Nullable BigDecimal fixed, @Nullable BigDecimal repairCost) {
    }

    /** Values a movement against the totals of its source and destination as they stand before it. */
    static MovementValue of(Facts facts, ValueTotal source, ValueTotal target) {
        int quantity = facts.quantity();
        BigDecimal out = facts.from() == null ? null : facts.fixed() != null ? facts.fixed() : source.share(quantity);
        BigDecimal in = facts.to() == null ? null : entering(facts, out, target);
        BigDecimal value = in != null ? in : out;
        BigDecimal added = in == null || out == null || in.compareTo(out) == 0 ? null : in.subtract(out);
        return new MovementValue(value.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP), value, added);
    }

    /** What the source gives up. */
    BigDecimal given() {
        return added == null ? value : value.subtract(added);
    }

    private static BigDecimal entering(Facts facts, @Nullable BigDecimal out, ValueTotal target) {
        if (facts.fixed() != null) {
            return facts.fixed();
        }
        if (facts.unitCost() != null) {
            return facts.unitCost().multiply(BigDecimal.valueOf(facts.quantity())).setScale(2, RoundingMode.HALF_UP);
        }
        if (out != null) {
            return facts.repairCost() == null ? out : out.add(facts.repairCost()).setScale(2, RoundingMode.HALF_UP);
        }
        return target.atAverage(facts.quantity());
    }
}
