package fr.sav.inventory.field;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.purchasing.forecast.Forecaster;
import fr.sav.inventory.purchasing.forecast.PolicySettings;
import fr.sav.inventory.purchasing.forecast.ReorderLevels;
import fr.sav.inventory.purchasing.forecast.ReorderPolicy;
import fr.sav.inventory.purchasing.forecast.WeeklyDemand;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A location's min and max per part (a van's stock véhicule): set by hand, or proposed from what the location
 * itself consumed, with the reorder suggestions' forecasting ({@link ReorderPolicy}): the minimum is the reorder
 * point for the replenishment's lead time, the maximum the order-up-to level.
 */
@Singleton
class StockRules {

    private final StockRuleStore store;
    private final LocationConsumption consumption;
    private final FieldSettings settings;
    private final Catalog catalog;
    private final Transactions transactions;
    private final Clock clock;

    StockRules(StockRuleStore store, LocationConsumption consumption, FieldSettings settings, Catalog catalog,
               Transactions transactions, Clock clock) {
        this.store = store;
        this.consumption = consumption;
        this.settings = settings;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public LocationRules of(String locationCode) {
        LocationInfo location = catalog.location(locationCode);
        return new LocationRules(location.code(), transactions.read(() -> store.of(location.id()).stream()
                .map(r -> new StockRuleView(r.sku(), r.name(), r.min(), r.max(), null, null)).toList()));
    }

    /** Replaces the location's rules (a part named twice, or a max below its min, is refused and nothing changes). */
    public LocationRules set(String locationCode, StockRulesRequest request, String actor) {
        LocationInfo location = catalog.location(locationCode);
        List<StockRuleStore.Rule> rules = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.rules().size(); i++) {
            StockRulesRequest.Rule asked = request.rules().get(i);
            String field = "rules[" + i + "]";
            PartInfo part = catalog.part(asked.sku());
            if (!seen.add(part.id())) {
                throw new InvalidRequest(field + ".sku", FieldRule.NAMED_TWICE, part.sku() + " is named twice",
                        "sku", part.sku());
            }
            if (asked.max() < asked.min() || asked.max() == 0) {
                throw new InvalidRequest(field + ".max", FieldRule.MAX_FROM_MIN, "must be at least the minimum ("
                        + asked.min() + ") and above zero, not " + asked.max(), "min", asked.min(), "value", asked.max());
            }
            rules.add(new StockRuleStore.Rule(part.id(), part.sku(), part.name(), asked.min(), asked.max()));
        }
        transactions.run(() -> store.replace(location.id(), rules, actor, clock.instant()));
        return of(location.code());
    }

    /**
     * Rules proposed from the location's issues over the last weeks, for every part it consumed: what the storekeeper
     * accepts (or edits) and puts back. Nothing is stored.
     */
    public LocationRules proposed(String locationCode) {
        LocationInfo location = catalog.location(locationCode);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ReorderPolicy policy = new ReorderPolicy(new PolicySettings(settings.getServiceLevel(), settings.getReviewWeeks(),
                true, Forecaster.DEFAULT));
        return new LocationRules(location.code(), transactions.read(() -> consumption.weekly(location.id(), today,
                        settings.getHistoryWeeks()).values().stream()
                .map(part -> proposal(part, policy.levels(WeeklyDemand.of(part.weeks()), settings.getReplenishmentDays())))
                .filter(rule -> rule.max() > 0)
                .sorted(Comparator.comparing(StockRuleView::sku))
                .toList()));
    }

    private static StockRuleView proposal(LocationConsumption.Weekly part, ReorderLevels levels) {
        int min = levels.reorderPoint();
        int max = Math.max(levels.orderUpTo(), min);
        return new StockRuleView(part.sku(), part.name(), min, max, levels.forecast().method().name(),
                Math.round(levels.forecast().perWeek() * 100) / 100.0);
    }
}
