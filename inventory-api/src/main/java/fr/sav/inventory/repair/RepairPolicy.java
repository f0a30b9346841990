package fr.sav.inventory.repair;

import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The economic rule of the trade: repair unless everything the repair would cost (parts, labour and any
 * subcontractor's quote) is above a set share of a new part ({@code maxCostRatio}, the threshold), or the
 * unit has already come back {@code maxReturns} times. Then a customer gets a standard exchange when the
 * part is in the exchange programme (it has an exchange price), or the item back unrepaired; a company
 * item is scrapped.
 */
public record RepairPolicy(BigDecimal maxCostRatio, int maxReturns) {

    /** What the repair would cost: parts, labour (estimated minutes at the hourly rate) and a subcontractor's quote. */
    public record Estimate(BigDecimal parts, BigDecimal labour, BigDecimal subcontract) {

        public BigDecimal total() {
            return parts.add(labour).add(subcontract).setScale(2, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return "parts " + parts + " + labour " + labour + " + subcontract " + subcontract;
        }
    }

    /** The recommendation, the figures it compared, and the reason in words the workshop can check. */
    public record Advice(Recommendation recommendation, String reason, BigDecimal estimatedTotal,
                         @Nullable BigDecimal threshold) {
    }

    public Advice advise(Estimate estimate, @Nullable BigDecimal newCost, int returnCount, Owner owner,
                         boolean exchangeable) {
        BigDecimal total = estimate.total();
        BigDecimal threshold = newCost == null || newCost.signum() <= 0 ? null
                : newCost.multiply(maxCostRatio).setScale(2, RoundingMode.HALF_UP);
        String returns = "the unit came back " + returnCount + " times (limit " + maxReturns + ")";
        String comparison = threshold == null
                ? "the estimate " + total + " (" + estimate + ") has no new-part cost to compare with"
                : "the estimate " + total + " (" + estimate + ") is " + percent(total.divide(newCost, 4, RoundingMode.HALF_UP))
                + " of a new part's " + newCost + (total.compareTo(threshold) > 0 ? ", above " : ", within ")
                + "the threshold " + threshold + " (" + percent(maxCostRatio) + ")";
        if (returnCount < maxReturns && (threshold == null || total.compareTo(threshold) <= 0)) {
            return new Advice(Recommendation.REPAIR, comparison + "; " + returns + ": repair it", total, threshold);
        }
        Recommendation notWorthIt = owner == Owner.COMPANY ? Recommendation.SCRAP
                : exchangeable ? Recommendation.EXCHANGE : Recommendation.RETURN_UNREPAIRED;
        return new Advice(notWorthIt, comparison + "; " + returns + ": " + advice(notWorthIt), total, threshold);
    }

    private static String advice(Recommendation notWorthIt) {
        return switch (notWorthIt) {
            case EXCHANGE -> "offer a standard exchange";
            case RETURN_UNREPAIRED -> "hand it back unrepaired (a diagnosis fee may apply), or scrap it with the "
                    + "customer's consent";
            default -> "scrap it and harvest what can be reused";
        };
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
