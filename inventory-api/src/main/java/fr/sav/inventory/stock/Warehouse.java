package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock's one public door for changes: every movement of every feature goes through {@link #post}
 * (or {@link #record} for what a client posted), which appends it to the ledger and moves the levels in
 * the same transaction.
 */
@Singleton
public class Warehouse {

    /** How many other places a refusal for lack of stock names. */
    private static final int ELSEWHERE = 5;

    private final Ledger ledger;
    private final StockMovements movements;
    private final MovementResolver resolver;
    private final Idempotency idempotency;
    private final Holds holds;
    private final StockLevels levels;
    private final StockUnits units;
    private final DemandLog demand;
    private final DefectiveIssues defectiveIssues;
    private final VendorReturnProposals proposals;
    private final Catalog catalog;
    private final Transactions transactions;
    private final Clock clock;
    private final StockQueries queries;
    private final ConditionPreference preference;
    private final Valuation valuation;

    Warehouse(Ledger ledger, StockMovements movements, MovementResolver resolver, Idempotency idempotency,
              Holds holds, StockLevels levels, StockUnits units, DemandLog demand, DefectiveIssues defectiveIssues,
              VendorReturnProposals proposals, Catalog catalog, Transactions transactions, Clock clock,
              StockQueries queries, ConditionPreference preference, Valuation valuation) {
        this.defectiveIssues = defectiveIssues;
        this.proposals = proposals;
        this.levels = levels;
        this.ledger = ledger;
        this.movements = movements;
        this.resolver = resolver;
        this.idempotency = idempotency;
        this.holds = holds;
        this.units = units;
        this.demand = demand;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
        this.queries = queries;
        this.preference = preference;
        this.valuation = valuation;
    }

    /**
     * Records a movement posted by a client or scanner, once per idempotency key; only an inspecting recorder
     * makes DEFECTIVE stock usable. An issue refused for lack of stock is kept as unmet demand.
     */
    public MovementView record(MovementRequest request, Recorder recorder, @Nullable String idempotencyKey) {
        try {
            return idempotency.once("movement", recorder.name(), idempotencyKey, request, MovementView.class, () -> {
                StockChange change = resolver.resolve(request, recorder::home);
                recorder.mayRecord(change);
                return post(change, recorder.name());
            });
        } catch (InsufficientStock refused) {
            Optional<PartInfo> part = catalog.findPart(refused.sku());
            if (request.type() == MovementType.ISSUE) {
                part.ifPresent(p -> demand.recordUnmet(p.id(), refused.shortfall(), request.reference(),
                        DemandSource.ISSUE));
            }
            throw part.map(p -> refused.elsewhere(transactions.read(() -> levels.availableAnywhere(p.id(), ELSEWHERE))))
                    .orElse(refused);
        }
    }

    /**
     * Takes a recorded movement back with the movement that puts stock exactly where and as it was
     * ({@link Reversal}), once: a second reversal of the same movement is refused, and so is one whose stock is
     * gone meanwhile (the refusal says what is left).
     */
    public MovementView reverse(long id, @Nullable String note, String actor, @Nullable String idempotencyKey) {
        String why = note == null || note.isBlank() ? "Annulation du mouvement #" + id : note;
        return idempotency.once("reversal", actor, idempotencyKey, Map.of("movement", id, "note", why),
                MovementView.class, () -> transactions.write(() -> {
                    MovementView original = movements.find(id).orElseThrow(() -> new NotFound("movement", Long.toString(id)));
                    movements.requireNotReversed(id);
                    MovementView reversal = post(resolver.resolve(Reversal.of(original, why)).valuedAt(original.value()),
                            actor);
                    movements.reversed(id, reversal.id());
                    return reversal;
                }));
    }

    /**
     * Posts a resolved movement (DEFECTIVE stock issued only where it may go); joins the caller's transaction. A FAULTY
     * return is answered with the supplier's warranty on what came back.
     */
    public MovementView post(StockChange change, String actor) {
        return transactions.write(() -> {
            defectiveIssues.check(change);
            return proposals.flag(change, ledger.apply(change, actor));
        });
    }

    /**
     * Records a count: the level is locked, and only the difference from what is on hand becomes an
     * ADJUSTMENT. A movement racing the count lands before it (and is counted) or after it (and adds to it).
     */
    public Optional<MovementView> count(PartInfo part, Place place, int counted, String note, @Nullable String reference,
                                        String actor) {
        return transactions.write(() -> {
            int delta = counted - levels.lockOnHand(part.id(), place.location().id(), place.condition());
            return delta == 0 ? Optional.<MovementView>empty() : Optional.of(ledger.apply(
                    StockChange.adjustment(part, place, delta).note(note).reference(reference).build(), actor));
        });
    }

    /**
     * Holds available stock for a purpose; a held unit takes the purpose's status (RESERVED, IN_REPAIR...) and
     * the holder's reference, and no plain movement moves it until it is released.
     */
    public void hold(PartInfo part, Place place, int quantity, @Nullable String serial, UnitStatus purpose,
                     String holder) {
        transactions.run(() -> holds.hold(part, place, quantity, serial, purpose, holder));
    }

    /** Gives held stock back to available; a held unit is IN_STOCK again. */
    public void release(PartInfo part, Place place, int quantity, @Nullable String serial) {
        transactions.run(() -> holds.release(part, place, quantity, serial));
    }

    /** A unit issued in a standard exchange or lent is now with the customer. */
    public void handedToCustomer(String serial) {
        transactions.run(() -> {
            Unit unit = units.lock(serial).orElseThrow(() -> new NotFound("unit", serial));
            if (unit.status() != UnitStatus.ISSUED) {
                throw UnitNotAvailable.notIssued(serial, unit.status());
            }
            units.save(unit.withStatus(UnitStatus.AT_CUSTOMER), clock.instant());
        });
    }

    /** DOMAIN rule 10: a unit handed out in an exchange whose core the customer paid for instead becomes theirs. */
    public void soldToCustomer(String serial) {
        transactions.run(() -> {
            Unit unit = units.lock(serial).orElseThrow(() -> new NotFound("unit", serial));
            units.save(unit.soldToCustomer(), clock.instant());
        });
    }

    /**
     * A customer's item dropped off for repair: followed from now on, and counted as one return; a unit we handed
     * out in an exchange is recognised by its serial. Answers its returns and that exchange.
     */
    public CustomerItemBack receiveCustomerItem(String serial, PartInfo part, LocationInfo location) {
        return transactions.write(() -> units.customerItemBack(serial, part, location, clock.instant()));
    }

    /**
     * DOMAIN rule 10: a customer's item given up for a standard exchange becomes our core, DEFECTIVE in the
     * workshop, by a RETURN (reason CORE) that the ledger shows; joins the caller's transaction.
     */
    public MovementView takeAsCore(PartInfo part, @Nullable String serial, LocationInfo workshop, String reference,
                                   String actor) {
        return transactions.write(() -> {
            if (serial != null) {
                Unit unit = units.lock(serial).orElseThrow(() -> new NotFound("unit", serial));
                units.save(unit.givenUpAsCore(part.id()), clock.instant());
            }
            return post(StockChange.of(MovementType.RETURN, part).serial(serial).reason(ReturnReason.CORE)
                    .to(new Place(workshop, Condition.DEFECTIVE)).reference(reference)
                    .note("customer's item taken as the core of " + reference).build(), actor);
        });
    }

    /**
     * Follows a customer's unit (never company stock): registers it on first sight, then records where it
     * is and what is happening to it.
     */
    public void trackCustomerUnit(String serial, PartInfo part, @Nullable LocationInfo location, UnitStatus status) {
        transactions.run(() -> units.saveCustomerUnit(serial, part, location, status, clock.instant()));
    }

    /** The usable conditions, most preferred first ({@link ConditionPreference}). */
    public List<Condition> usableInOrder() {
        return preference.usableInOrder();
    }

    /** The usable stock, in the order of preference of its conditions. */
    public List<Available> rank(List<Available> stock) {
        return preference.rank(stock);
    }

    /** Records a shortfall in a transaction of its own ({@link DemandLog}). */
    public void recordUnmet(long partId, int quantity, @Nullable String reference, DemandSource source) {
        demand.recordUnmet(partId, quantity, reference, source);
    }

    /** The shortfalls recorded since then under a reference, by reference and part. */
    public List<UnmetDemand> unmetSince(Instant since, int limit) {
        return demand.unmetSince(since, limit);
    }

    /** A page of the ledger ({@link StockQueries}). */
    public PageView<MovementView> movements(@Nullable String sku, @Nullable String location, @Nullable MovementType type,
                                            @Nullable Instant from, @Nullable Instant to, @Nullable String reference,
                                            @Nullable String recordedBy, Paging paging) {
        return queries.movements(sku, location, type, from, to, reference, recordedBy, paging);
    }

    /** A part's usable stock available where it can serve anyone (store, bin, workshop). */
    public List<Available> usableAvailable(PartInfo part) {
        return queries.usableAvailable(part);
    }

    /** A part's usable stock in the vans. */
    public List<Available> usableInVans(PartInfo part) {
        return queries.usableInVans(part);
    }

    /** What a place holds of a part in the place's condition. */
    public int onHand(long partId, Place place) {
        return queries.onHand(partId, place);
    }

    /** A serialised unit, if known. */
    public Optional<UnitInfo> findUnit(String serial) {
        return queries.findUnit(serial);
    }

    /** A part's defective stock available at workshop or quarantine locations, workshop first. */
    public List<Available> defectiveInWorkshop(PartInfo part) {
        return queries.defectiveInWorkshop(part);
    }

    /** The value issued against a reference net of what came back under it ({@link Valuation}). */
    public BigDecimal issuedValue(String reference) {
        return valuation.issuedValue(reference);
    }

    /** The last receipt of the unit (or, with no serial, of the part) from a supplier ({@link VendorReturnProposals}). */
    public Optional<SupplierCover> cover(long partId, @Nullable String serial) {
        return proposals.cover(partId, serial);
    }
}
