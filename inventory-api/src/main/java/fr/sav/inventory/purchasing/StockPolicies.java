package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.FieldError;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-set stock policies (DOMAIN rule 19): set, read and cleared by buyers, followed by the reorder suggestions. */
@Singleton
class StockPolicies {

    private static final int MOST = 1_000_000;
    private static final int NOTE_LENGTH = 500;

    private final StockPolicyStore store;
    private final DemandSeries demand;
    private final Catalog catalog;
    private final Transactions transactions;
    private final Clock clock;

    StockPolicies(StockPolicyStore store, DemandSeries demand, Catalog catalog, Transactions transactions, Clock clock) {
        this.store = store;
        this.demand = demand;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sets (or replaces) the part's policy. */
    public StockPolicyView set(String sku, StockPolicyRequest request, String actor) {
        return transactions.write(() -> {
            PartInfo part = catalog.part(sku);
            validate(request);
            store.save(new StockPolicy(part.id(), request.min(), request.max(), request.initialQuantity(), request.until(),
                    request.note().trim(), actor, clock.instant()));
            return view(part, store.find(part.id()).orElseThrow(), ownWeeks(List.of(part.id())));
        });
    }

    public StockPolicyView get(String sku) {
        return transactions.read(() -> {
            PartInfo part = catalog.part(sku);
            StockPolicy policy = store.find(part.id()).orElseThrow(() -> new NotFound("stock policy", part.sku()));
            return view(part, policy, ownWeeks(List.of(part.id())));
        });
    }

    /** Clears the part's policy: the forecast sets its levels again. */
    public void clear(String sku) {
        transactions.run(() -> {
            PartInfo part = catalog.part(sku);
            if (!store.delete(part.id())) {
                throw new NotFound("stock policy", part.sku());
            }
        });
    }

    /** Every hand-set policy, by sku. */
    public List<StockPolicyView> list() {
        return transactions.read(() -> {
            Map<Long, StockPolicy> policies = store.all();
            Map<Long, Integer> weeks = ownWeeks(policies.keySet());
            return policies.values().stream().map(policy -> view(catalog.part(policy.partId()), policy, weeks))
                    .sorted(Comparator.comparing(StockPolicyView::sku)).toList();
        });
    }

    /** Every policy with what the suggestions need to follow it, in the caller's transaction. */
    Followed followed(LocalDate today) {
        Map<Long, StockPolicy> policies = store.all();
        return new Followed(policies, demand.ownWeeks(today, policies.keySet()), store.everStocked(policies.keySet()));
    }

    /** The policies, each part's weeks of own history and the parts that were ever stocked. */
    record Followed(Map<Long, StockPolicy> policies, Map<Long, Integer> ownWeeks, Set<Long> everStocked) {

        int weeks(long partId) {
            return ownWeeks.getOrDefault(partId, 0);
        }
    }

    private Map<Long, Integer> ownWeeks(Collection<Long> partIds) {
        return demand.ownWeeks(LocalDate.now(clock.withZone(ZoneOffset.UTC)), partIds);
    }

    private StockPolicyView view(PartInfo part, StockPolicy policy, Map<Long, Integer> ownWeeks) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int weeks = ownWeeks.getOrDefault(part.id(), 0);
        String stopped = policy.stoppedBecause(today, weeks).orElse(null);
        return new StockPolicyView(part.sku(), part.name(), part.family(), policy.min(), policy.max(),
                policy.initialQuantity(), policy.until(), policy.note(), policy.setBy(), policy.setAt(), weeks,
                stopped == null, stopped);
    }

    private void validate(StockPolicyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.note() == null || request.note().isBlank()) {
            errors.add(FieldError.of("note", FieldRule.REQUIRED, "say why the levels are set by hand (e.g. the supplier's recommendation)"));
        } else if (request.note().trim().length() > NOTE_LENGTH) {
            errors.add(FieldError.of("note", FieldRule.TOO_LONG, "at most " + NOTE_LENGTH + " characters", "max", NOTE_LENGTH));
        }
        if (request.min() == null && request.max() == null && request.initialQuantity() == null) {
            errors.add(FieldError.of("min", FieldRule.LEVELS_NEEDED, "give a min, a max or an initial quantity"));
        }
        range(errors, "min", request.min(), 0);
        range(errors, "max", request.max(), 1);
        range(errors, "initialQuantity", request.initialQuantity(), 1);
        if (request.min() != null && request.max() != null && request.min() > request.max()) {
            errors.add(FieldError.of("max", FieldRule.AT_LEAST, "must be at least the min (" + request.min() + "), not " + request.max(), "min", request.min()));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (request.until() != null && request.until().isBefore(today)) {
            errors.add(FieldError.of("until", FieldRule.NOT_IN_PAST, "must be today or later, not " + request.until(), "value", request.until().toString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    private static void range(List<FieldError> errors, String field, Integer value, int least) {
        if (value != null && (value < least || value > MOST)) {
            errors.add(FieldError.of(field, FieldRule.BETWEEN, "must be between " + least + " and " + MOST + ", not " + value, "min", least, "max", MOST));
        }
    }
}
