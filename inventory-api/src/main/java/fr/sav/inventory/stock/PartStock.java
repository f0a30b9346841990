package fr.sav.inventory.stock;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Everything about one part's stock: totals, by condition, by location, and what is in the pipeline. */
@Serdeable
public record PartStock(String sku, String name, int onHand, int reserved, int available, int usableAvailable,
                        List<ConditionTotal> byCondition, List<StockRow> byLocation,
                        int inRepair, int onOrder, int coresOwed) {

    /** The totals of one condition across locations. */
    @Serdeable
    public record ConditionTotal(Condition condition, int onHand, int reserved, int available) {
    }
}
