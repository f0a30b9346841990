package fr.sav.inventory.purchasing.forecast;

import java.util.List;
import java.util.Optional;

/**
 * Turns a part's weekly demand history, supply position and supplier offers into a reorder suggestion when
 * its net position is below the reorder point: order up to the order-up-to level, rounded up to the chosen
 * supplier's minimum order and pack size.
 */
public record ReorderPolicy(PolicySettings settings) {

    public static ReorderPolicy withDefaults() {
        return new ReorderPolicy(PolicySettings.DEFAULT);
    }

    /** The forecast, reorder point and order-up-to level for a lead time, whatever the position. */
    public ReorderLevels levels(WeeklyDemand demand, int leadTimeDays) {
        return levels(demand, leadTimeDays, null);
    }

    /**
     * The forecast, reorder point and order-up-to level for a lead time, the bootstrap's sizes mixed with the sizes
     * pooled across the part's family ({@code pool} null: the part's own only).
     */
    public ReorderLevels levels(WeeklyDemand demand, int leadTimeDays, PooledSizes pool) {
        return ReorderLevels.of(demand, settings.forecaster().forecast(demand), leadTimeDays, settings, pool);
    }

    /** The suggestion for one part, empty when its net position is not below the reorder point. */
    public Optional<ReorderSuggestion> suggest(String sku, WeeklyDemand demand, SupplyPosition supply,
                                               int leadTimeDays, List<SupplierOffer> offers) {
        return suggest(sku, levels(demand, leadTimeDays), null, supply, offers);
    }

    /**
     * The suggestion from the forecast's levels, or from the levels a rule sets instead ({@code set}, null for the
     * forecast's); empty when the net position is not below the reorder point.
     */
    public Optional<ReorderSuggestion> suggest(String sku, ReorderLevels levels, SetLevels set, SupplyPosition supply,
                                               List<SupplierOffer> offers) {
        int reorderPoint = set == null ? levels.reorderPoint() : set.reorderPoint();
        int orderUpTo = set == null ? levels.orderUpTo() : set.orderUpTo();
        double position = supply.net();
        if (!(position < reorderPoint)) {
            return Optional.empty();
        }
        int needed = Pieces.up(orderUpTo - position);
        SupplierChoice choice = SupplierChoice.best(offers, needed).orElse(null);
        DemandForecast forecast = levels.forecast();
        return Optional.of(new ReorderSuggestion(sku, forecast.method(), forecast.demandClass(),
                forecast.profile().adi(), forecast.profile().cv2(), forecast.perWeek(), levels.leadTimeDays(),
                levels.leadTimeDemand(), levels.safetyStock(), reorderPoint, orderUpTo,
                supply.onHandUsable(), supply.reserved(), supply.onOrder(), supply.inRepairExpected(),
                supply.repairYield(), supply.coresDue(), position, needed,
                choice == null ? needed : choice.quantity(),
                choice == null ? null : choice.offer().supplier(),
                choice == null ? null : choice.offer().unitPrice(),
                Explanation.of(levels, set, settings, supply, needed, choice), supply.coreReturnRate(),
                set == null ? LevelsFrom.FORECAST : set.from()));
    }
}
