package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.purchasing.forecast.Forecaster;
import fr.sav.inventory.purchasing.forecast.PolicySettings;
import fr.sav.inventory.purchasing.forecast.PooledSizes;
import fr.sav.inventory.purchasing.forecast.ReorderLevels;
import fr.sav.inventory.purchasing.forecast.ReorderPolicy;
import fr.sav.inventory.purchasing.forecast.ReorderSuggestion;
import fr.sav.inventory.purchasing.forecast.SupplierOffer;
import fr.sav.inventory.purchasing.forecast.SupplyPosition;
import fr.sav.inventory.purchasing.forecast.WeeklyDemand;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reorder suggestions from consumption, not static min/max: each part's weekly demand is forecast with the
 * method that suits it, its reorder point and order-up-to level follow from the lead time and the target
 * service level, and it appears when its net position (usable on hand − reserved + on order + repairs
 * expected back within the lead time × the family's repair yield + cores due back, not overdue, × the core return
 * rate × the yield) is below the reorder point. A hand-set policy replaces the forecast's levels while it applies;
 * an exchange part's order-up-to is at least its pool size ({@link SupplyRules}).
 */
@Singleton
class ReorderSuggestions {

    private final DemandSeries demand;
    private final DemandRollup rollup;
    private final SupplyFigures supply;
    private final PurchasingSettings settings;
    private final Purchasing purchasing;
    private final Catalog catalog;
    private final CurrencyRates rates;
    private final SupplierScorecard scorecard;
    private final SupplyRules rules;
    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;
    private final Map<Double, ReorderPolicy> policies = new java.util.concurrent.ConcurrentHashMap<>();

    ReorderSuggestions(DemandSeries demand, DemandRollup rollup, SupplyFigures supply, PurchasingSettings settings, Purchasing purchasing,
                       Catalog catalog, CurrencyRates rates, SupplierScorecard scorecard, SupplyRules rules,
                       Sql sql, Transactions transactions, Clock clock) {
        this.rules = rules;
        this.demand = demand;
        this.rollup = rollup;
        this.supply = supply;
        this.settings = settings;
        this.purchasing = purchasing;
        this.catalog = catalog;
        this.rates = rates;
        this.scorecard = scorecard;
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Parts to reorder now, optionally only those going to a supplier or of a family, by supplier then sku. */
    public List<SuggestionView> suggest(@Nullable String supplier, @Nullable String family) {
        String supplierFilter = supplier == null || supplier.isBlank() ? null : catalog.supplier(supplier).code();
        String familyFilter = family == null || family.isBlank() ? null : family.trim().toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int weeks = settings.getHistoryWeeks();
        rollup.catchUp();
        return transactions.read(() -> {
            Map<Long, int[]> history = demand.load(DemandSeries.windowStart(today, weeks), weeks);
            Map<Long, SupplyFigures.Figures> figures = supply.load();
            Map<String, SupplierScorecard.Observed> observed = scorecard.observedLeadTimes(LeadTime.OBSERVED_FROM);
            SupplyRules.Run run = rules.load(today);
            List<Part> parts = new ArrayList<>();
            sql.each("SELECT id, sku, name, family FROM part ORDER BY sku",
                    row -> parts.add(new Part(row.getLong(1), row.getString(2), row.getString(3), row.getString(4))));
            Map<String, PooledSizes> pools = pools(parts, history);
            List<SuggestionView> rows = new ArrayList<>();
            for (Part row : parts) {
                String partFamily = row.family();
                if (familyFilter != null && !familyFilter.equalsIgnoreCase(partFamily)) {
                    continue;
                }
                long id = row.id();
                String name = row.name();
                SupplyFigures.Figures part = figures.getOrDefault(id, new SupplyFigures.Figures());
                int[] weekly = history.get(id);
                ComparableOffers offers = ComparableOffers.of(part.offers, rates);
                LeadTime leadTime = LeadTime.of(firstPick(offers.inEur()), observed, settings.getDefaultLeadTimeDays());
                SupplyPosition position = run.position(part, partFamily, today.plusDays(leadTime.days()));
                ReorderPolicy policy = policy(partFamily);
                ReorderLevels levels = policy.levels(WeeklyDemand.of(weekly == null ? new int[0] : weekly), leadTime.days(),
                        pools.get(familyKey(partFamily)));
                policy.suggest(row.sku(), levels, run.levels(id, levels), position, offers.inEur())
                        .filter(s -> supplierFilter == null || supplierFilter.equals(s.supplier()))
                        .ifPresent(s -> rows.add(view(s, name, partFamily, offers, leadTime, run.stoppedPolicy(id),
                                run.supplyWords(part, partFamily, position))));
            }
            rows.sort(Comparator.comparing((SuggestionView s) -> s.supplier() == null ? "~" : s.supplier())
                    .thenComparing(SuggestionView::sku));
            return rows;
        });
    }

    /** One DRAFT purchase request per supplier from the current suggestions; parts with no offer are listed apart. */
    public PurchaseRequests.Created toRequests(@Nullable String supplier, @Nullable String family, String actor) {
        List<SuggestionView> rows = suggest(supplier, family);
        Map<String, List<PurchaseRequests.NewLine>> bySupplier = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (SuggestionView row : rows) {
            if (row.supplier() == null) {
                skipped.add(row.sku());
            } else {
                bySupplier.computeIfAbsent(row.supplier(), code -> new ArrayList<>())
                        .add(new PurchaseRequests.NewLine(row.sku(), row.suggestedQuantity(), null, null));
            }
        }
        List<PurchaseRequestView> created = transactions.write(() -> {
            List<PurchaseRequestView> requests = new ArrayList<>();
            bySupplier.forEach((code, lines) -> {
                SupplierInfo info = catalog.supplier(code);
                requests.add(purchasing.view(purchasing.draft(info, lines, "from reorder suggestions", actor)));
            });
            return requests;
        });
        return new PurchaseRequests.Created(created, skipped);
    }

    private record Part(long id, String sku, String name, @Nullable String family) {
    }

    /**
     * Each family's weekly sizes over the history window (parts without a family pooled together): the prior a
     * part's own few sizes are shrunk toward in its bootstrap. Only what is known today, as in the simulator's proof.
     */
    private static Map<String, PooledSizes> pools(List<Part> parts, Map<Long, int[]> history) {
        Map<String, PooledSizes> pools = new HashMap<>();
        for (Part part : parts) {
            int[] weekly = history.get(part.id());
            if (weekly != null) {
                pools.computeIfAbsent(familyKey(part.family()), family -> new PooledSizes()).add(weekly);
            }
        }
        return pools;
    }

    private static String familyKey(@Nullable String family) {
        return family == null ? "" : family.trim().toUpperCase(Locale.ROOT);
    }

    /** The offer a buyer would pick first (preferred, then cheapest), whose supplier's lead time is planned with. */
    private static @Nullable SupplierOffer firstPick(List<SupplierOffer> offers) {
        return offers.stream()
                .min(Comparator.comparing((SupplierOffer o) -> !o.preferred()).thenComparing(SupplierOffer::unitPrice))
                .orElse(null);
    }

    private ReorderPolicy policy(@Nullable String family) {
        return policies.computeIfAbsent(settings.serviceLevelFor(family), level -> new ReorderPolicy(
                new PolicySettings(level, settings.getReviewWeeks(), true, Forecaster.DEFAULT).bootstrapped()
                        .pooled(settings.getPoolWeight())));
    }

    private static SuggestionView view(ReorderSuggestion s, String name, @Nullable String family, ComparableOffers offers,
                                       LeadTime leadTime, String before, String after) {
        BigDecimal total = s.unitPrice() == null ? null
                : s.unitPrice().multiply(BigDecimal.valueOf(s.suggestedQuantity())).setScale(2, RoundingMode.HALF_UP);
        return new SuggestionView(s.sku(), name, family, s.supplier(), s.onHandUsable(), s.reserved(), s.onOrder(),
                s.inRepairExpected(), s.coresDue(), round(s.position()), round(s.forecastPerWeek()), s.method().name(),
                s.classification().name(), s.leadTimeDays(), leadTime.source(), round(s.safetyStock()), s.reorderPoint(),
                s.orderUpTo(), s.neededQuantity(), s.suggestedQuantity(), s.unitPrice(), total,
                before + offers.explained(s.explanation()) + " " + leadTime.words() + after, s.levelsFrom().name(),
                round4(s.repairYield()), round4(s.coreReturnRate()));
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
