package fr.sav.inventory.purchasing;

import fr.sav.inventory.exchange.Exchanges;
import fr.sav.inventory.exchange.PlannedReturnRate;
import fr.sav.inventory.exchange.ExchangedPart;
import fr.sav.inventory.exchange.PoolView;
import fr.sav.inventory.purchasing.forecast.LevelsFrom;
import fr.sav.inventory.purchasing.forecast.ReorderLevels;
import fr.sav.inventory.purchasing.forecast.SetLevels;
import fr.sav.inventory.purchasing.forecast.SupplyPosition;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.repair.PlannedYield;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rules around the forecast, read once per run of the suggestions: the family's observed repair yield and core
 * return rate (repairs count × yield, cores due and not overdue × return rate × yield), the hand-set policies that
 * replace the forecast's levels while they apply, and the exchange pool size that is the floor of an exchange
 * part's order-up-to.
 */
@Singleton
class SupplyRules {

    /** Yield, core returns and exchange pools look back a year. */
    static final int WINDOW_DAYS = 365;

    private final RepairViews repairs;
    private final Exchanges exchanges;
    private final StockPolicies policies;
    private final PurchasingSettings settings;

    SupplyRules(RepairViews repairs, Exchanges exchanges, StockPolicies policies,
                PurchasingSettings settings) {
        this.repairs = repairs;
        this.exchanges = exchanges;
        this.policies = policies;
        this.settings = settings;
    }

    /** Today's facts, in the caller's transaction. */
    Run load(LocalDate today) {
        Map<Long, PoolView> sized = new HashMap<>();
        for (ExchangedPart part : exchanges.exchangedParts(WINDOW_DAYS)) {
            sized.put(part.partId(), exchanges.pool(part.sku(), settings.serviceLevelFor(part.family()), WINDOW_DAYS));
        }
        return new Run(today, repairs.plannedYieldsByFamily(today.minusDays(WINDOW_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                exchanges.plannedReturnRatesByFamily(today.minusDays(WINDOW_DAYS), today.minusDays(1)),
                policies.followed(today), sized,
                repairs.plannedYield(null), exchanges.plannedReturnRate(null));
    }

    /** One run's facts and the rules that use them. */
    record Run(LocalDate today, Map<String, PlannedYield> yields, Map<String, PlannedReturnRate> coreRates,
               StockPolicies.Followed policies, Map<Long, PoolView> pools, PlannedYield defaultYield,
               PlannedReturnRate defaultCoreRate) {

        PlannedYield repairYield(@Nullable String family) {
            return yields.getOrDefault(key(family), defaultYield);
        }

        PlannedReturnRate coreRate(@Nullable String family) {
            return coreRates.getOrDefault(key(family), defaultCoreRate);
        }

        /** The position with repairs expected by the horizon × yield and cores due by then, not overdue, × rate × yield. */
        SupplyPosition position(SupplyFigures.Figures part, @Nullable String family, LocalDate horizon) {
            int inRepair = (int) part.repairsExpected.stream().filter(d -> d != null && !d.isAfter(horizon)).count();
            int coresDue = (int) part.coresDue.stream()
                    .filter(d -> d != null && !d.isBefore(today) && !d.isAfter(horizon)).count();
            return new SupplyPosition(Math.max(0, part.onHandUsable), Math.max(0, part.reserved), part.onOrder, inRepair,
                    repairYield(family).yield(), coresDue, coreRate(family).rate());
        }

        /** The levels a hand-set policy (while it applies) or the exchange pool (above the forecast's) sets; else null. */
        @Nullable SetLevels levels(long partId, ReorderLevels forecast) {
            StockPolicy policy = policies.policies().get(partId);
            int weeks = policies.weeks(partId);
            if (policy != null && policy.stoppedBecause(today, weeks).isEmpty()) {
                return policy.levels(policies.everStocked().contains(partId), weeks);
            }
            PoolView pool = pools.get(partId);
            if (pool != null && pool.recommendedPoolSize() > forecast.orderUpTo()) {
                int size = pool.recommendedPoolSize();
                return new SetLevels(LevelsFrom.EXCHANGE_POOL, size, size, String.format(Locale.ROOT,
                        "Exchange pool: %d units serve %.0f %% of exchanges at once (METRIC: %d exchanges in %d days, "
                                + "a unit away %s days, %s units in the pipeline), above the forecast's order-up-to %d: "
                                + "reorder point and order-up-to %d.", size, pool.targetAvailability() * 100,
                        pool.exchangesInWindow(), pool.windowDays(), plain(pool.turnaroundDays()),
                        plain(pool.pipelineMean()), forecast.orderUpTo(), size));
            }
            return null;
        }

        /** Why a part's hand-set policy no longer applies, said before the forecast's words; empty without one. */
        String stoppedPolicy(long partId) {
            StockPolicy policy = policies.policies().get(partId);
            return policy == null ? "" : policy.stoppedBecause(today, policies.weeks(partId)).map(w -> w + " ").orElse("");
        }

        /** Where the yield and the core return rate come from, and the overdue cores left out, when they count. */
        String supplyWords(SupplyFigures.Figures part, @Nullable String family, SupplyPosition position) {
            long overdue = part.coresDue.stream().filter(d -> d != null && d.isBefore(today)).count();
            StringBuilder out = new StringBuilder();
            if (position.inRepairExpected() > 0 || position.coresDue() > 0) {
                out.append(" Supply: ").append(repairYield(family).words());
                if (position.coresDue() > 0) {
                    out.append("; ").append(coreRate(family).words());
                }
                out.append('.');
            }
            if (overdue > 0) {
                out.append(' ').append(overdue).append(overdue == 1 ? " core is" : " cores are")
                        .append(" overdue and not counted.");
            }
            return out.toString();
        }

        private static String key(@Nullable String family) {
            return family == null ? "" : family;
        }

        private static String plain(double value) {
            double rounded = Math.round(value * 100) / 100.0;
            return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
        }
    }
}
