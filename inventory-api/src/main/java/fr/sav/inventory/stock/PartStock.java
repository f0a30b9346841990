package fr.sav.inventory.stock;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Everything about one part's stock: totals, by condition, by location, and what is in the pipeline. Goods in
 * transit ({@code inTransit}) count in the on-hand totals and are available nowhere.
 */
@Serdeable
public record PartStock(String sku, String name, long onHand, long reserved, long available, long usableAvailable,
                        List<ConditionTotal> byCondition, List<StockRow> byLocation,
                        long inTransit, long inRepair, long onOrder, long coresOwed, long onLoan) {

    /** The totals of one condition across locations. */
    @Serdeable
    public record ConditionTotal(Condition condition, long onHand, long reserved, long available) {
    }
}
