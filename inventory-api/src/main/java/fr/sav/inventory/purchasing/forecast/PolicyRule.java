package fr.sav.inventory.purchasing.forecast;

import java.util.List;

/**
 * The reorder policy as the simulator replays it, the lead time in the policy's buckets: backorders count as reserved pieces, nothing is in repair,
 * and there is no supplier offer, so the order is the need in whole pieces.
 */
record PolicyRule(ReorderPolicy policy, int leadTimeWeeks) implements StockRule {

    private int leadTimeDays() {
        return leadTimeWeeks * policy.settings().period().days();
    }

    @Override
    public int startingStock(WeeklyDemand past) {
        return policy.levels(past, leadTimeDays()).orderUpTo();
    }

    @Override
    public int order(WeeklyDemand past, int onHand, int backorders, int onOrder) {
        SupplyPosition supply = new SupplyPosition(onHand, backorders, onOrder, 0, 1, 0);
        return policy.suggest("replay", past, supply, leadTimeDays(), List.of())
                .map(ReorderSuggestion::suggestedQuantity)
                .orElse(0);
    }
}
