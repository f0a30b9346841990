package fr.sav.inventory.purchasing.forecast;

import java.util.List;

/**
 * The reorder policy as the simulator replays it, the lead time in the policy's buckets: backorders count as reserved
 * pieces, nothing is in repair, and there is no supplier offer, so the order is the need in whole pieces. With pools,
 * each part's bootstrap mixes in its family's pooled sizes ({@link SizePools}); {@code pool} is the one of the part
 * being replayed.
 */
record PolicyRule(ReorderPolicy policy, int leadTimeWeeks, SizePools pools, PooledSizes pool) implements StockRule {

    /** No pooling. */
    PolicyRule(ReorderPolicy policy, int leadTimeWeeks) {
        this(policy, leadTimeWeeks, SizePools.NONE, null);
    }

    @Override
    public StockRule forPart(Series series) {
        return new PolicyRule(policy, leadTimeWeeks, pools, pools.of(series.part()));
    }

    private int leadTimeDays() {
        return leadTimeWeeks * policy.settings().period().days();
    }

    @Override
    public int startingStock(WeeklyDemand past) {
        return policy.levels(past, leadTimeDays(), pool).orderUpTo();
    }

    @Override
    public int order(WeeklyDemand past, int onHand, int backorders, int onOrder) {
        SupplyPosition supply = new SupplyPosition(onHand, backorders, onOrder, 0, 1, 0);
        ReorderLevels levels = policy.levels(past, leadTimeDays(), pool);
        return policy.suggest("replay", levels, null, supply, List.of())
                .map(ReorderSuggestion::suggestedQuantity)
                .orElse(0);
    }
}
