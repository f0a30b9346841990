package fr.sav.inventory.repair;

import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The economic rule of the trade: repair unless the repair would cost more than a set share of a new
 * part ({@code maxCostRatio}), or the unit has already come back {@code maxReturns} times. Then a
 * customer gets a standard exchange when the part is in the exchange programme (it has an exchange
 * price), and otherwise the item is scrapped.
 */
public record RepairPolicy(BigDecimal maxCostRatio, int maxReturns) {

    /** The recommendation and the reason, in words the workshop can check. */
    public record Advice(Recommendation recommendation, String reason) {
    }

    public Advice advise(BigDecimal estimatedCost, @Nullable BigDecimal newCost, int returnCount, Owner owner,
                         boolean exchangeable) {
        String uneconomic = null;
        if (returnCount >= maxReturns) {
            uneconomic = "the unit has already come back " + returnCount + " times (limit " + maxReturns + ")";
        } else if (newCost != null && newCost.signum() > 0) {
            BigDecimal ratio = estimatedCost.divide(newCost, 4, RoundingMode.HALF_UP);
            if (ratio.compareTo(maxCostRatio) > 0) {
                uneconomic = "the estimate " + estimatedCost + " is " + percent(ratio) + " of a new part's cost "
                        + newCost + " (limit " + percent(maxCostRatio) + ")";
            }
        }
        if (uneconomic == null) {
            return new Advice(Recommendation.REPAIR, newCost == null
                    ? "no new-part cost is known to compare with; returns " + returnCount + " below " + maxReturns
                    : "the estimate " + estimatedCost + " is within " + percent(maxCostRatio) + " of " + newCost
                    + " and the unit came back " + returnCount + " times");
        }
        boolean exchange = owner == Owner.CUSTOMER && exchangeable;
        return new Advice(exchange ? Recommendation.EXCHANGE : Recommendation.SCRAP, uneconomic
                + (exchange ? ": offer a standard exchange" : ": scrap it and harvest what can be reused"));
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
