package fr.sav.inventory.exchange;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.repair.Origin;
import fr.sav.inventory.repair.RepairOrderView;
import fr.sav.inventory.repair.RepairRequests;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.repair.Repairs;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.DocumentNumbers;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.DemandSource;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.stock.InsufficientStock;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.Owner;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.ReturnReason;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Standard exchanges (échange standard): the customer gets a working unit from the pool at once and owes
 * the faulty one (the core) back by a due date; the core comes back DEFECTIVE and goes to the workshop
 * under a CORE_RETURN repair order, or the customer pays the core charge.
 */
@Singleton
public class Exchanges {

    private static final int DEFAULT_CORE_DUE_DAYS = 30;

    private final ExchangeStore store;
    private final Catalog catalog;
    private final Warehouse warehouse;
    private final Repairs repairs;
    private final RepairViews repairViews;
    private final Idempotency idempotency;
    private final DocumentNumbers numbers;
    private final Transactions transactions;
    private final Clock clock;
    private final CoreReturns coreReturns;
    private final ExchangePool pool;

    Exchanges(ExchangeStore store, Catalog catalog, Warehouse warehouse, Repairs repairs, RepairViews repairViews,
              Idempotency idempotency, DocumentNumbers numbers, Transactions transactions,
              Clock clock, CoreReturns coreReturns, ExchangePool pool) {
        this.store = store;
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.repairs = repairs;
        this.repairViews = repairViews;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.transactions = transactions;
        this.clock = clock;
        this.coreReturns = coreReturns;
        this.pool = pool;
    }

    /** Hands a pool unit over; an exchange asked for when the pool has nothing is kept as unmet demand. */
    public ExchangeView issue(ExchangeRequests.Issue request, String actor, @Nullable String key) {
        try {
            return idempotency.once("exchange", actor, key, request, ExchangeView.class, () -> {
                PartInfo part = catalog.part(request.sku());
                int dueDays = request.coreDueDays() == null ? DEFAULT_CORE_DUE_DAYS : request.coreDueDays();
                String number = numbers.next("EX");
                handOver(number, part, fromPool(part, request.serial(), request.location()), request.customerRef().trim(),
                        today().plusDays(dueDays), request.coreCharge(), actor);
                return view(store.get(number));
            });
        } catch (InsufficientStock refused) {
            poolWasEmpty(refused, request.serial(), request.location(), request.customerRef());
            throw refused;
        }
    }

    /**
     * DOMAIN rule 10: a customer's item in repair, not worth repairing, is taken as the core of a standard exchange.
     * In one transaction the repair order ends EXCHANGED and its item becomes our DEFECTIVE core in the workshop,
     * the customer gets a pool unit, the exchange is opened with its core received, and a CORE_RETURN repair order
     * is opened for the core. Answers the customer's repair order.
     */
    public RepairOrderView forRepairOrder(String repairOrder, ExchangeRequests.ForRepairOrder request, String actor,
                                          @Nullable String key) {
        try {
            return exchangeRepairOrder(repairOrder, request, actor, key);
        } catch (InsufficientStock refused) {
            poolWasEmpty(refused, request.poolSerial(), null, repairOrder);
            throw refused;
        }
    }

    private RepairOrderView exchangeRepairOrder(String repairOrder, ExchangeRequests.ForRepairOrder request, String actor,
                                                @Nullable String key) {
        return idempotency.once("exchange-repair", actor, key, Map.of("number", repairOrder, "body", request),
                RepairOrderView.class, () -> {
                    String number = numbers.next("EX");
                    RepairOrderView exchanged = repairs.exchange(repairOrder, number, actor);
                    PartInfo part = catalog.part(exchanged.sku());
                    String customer = exchanged.customerRef() == null ? exchanged.number() : exchanged.customerRef();
                    Exchange owed = handOver(number, part, fromPool(part, request.poolSerial(), null), customer, today(),
                            request.coreCharge(), actor);
                    RepairOrderView core = repairs.open(new RepairRequests.Open(part.sku(), exchanged.serial(),
                            "core of " + number, Owner.COMPANY, Origin.CORE_RETURN, exchanged.location(), customer, null),
                            actor, null);
                    store.update(owed.coreReceived(exchanged.serial(), core.number(), clock.instant()));
                    return exchanged;
                });
    }

    /**
     * An exchange refused because the whole pool was empty (not a given serial or location) is unmet demand for the
     * part, kept in a transaction of its own since the refused one was rolled back.
     */
    private void poolWasEmpty(InsufficientStock refused, @Nullable String serial, @Nullable String location,
                              @Nullable String reference) {
        if ((serial == null || serial.isBlank()) && (location == null || location.isBlank())) {
            catalog.findPart(refused.sku()).ifPresent(part -> warehouse.recordUnmet(part.id(), 1,
                    reference == null ? null : reference.trim(), DemandSource.EXCHANGE));
        }
    }

    /** The pool unit leaves stock to the customer, who owes its core by the due date. */
    private Exchange handOver(String number, PartInfo part, Available unit, String customerRef, LocalDate coreDue,
                              @Nullable BigDecimal coreCharge, String actor) {
        warehouse.post(StockChange.of(MovementType.ISSUE, part).serial(unit.serial()).from(unit.place())
                .reference(number).unitCost(part.standardCost()).note("standard exchange for " + customerRef).build(),
                actor);
        if (unit.serial() != null) {
            warehouse.handedToCustomer(unit.serial());
        }
        store.save(Exchange.issue(number, part.id(), customerRef, unit.serial(), unit.condition(), unit.location().id(),
                coreDue, coreCharge != null ? coreCharge : part.standardCost(), clock.instant(), actor));
        return store.lock(number);
    }

    /** The core comes back: it enters the workshop DEFECTIVE and a CORE_RETURN repair order is opened for it. */
    public ExchangeView receiveCore(String number, ExchangeRequests.Core request, String actor, @Nullable String key) {
        return idempotency.once("exchange-core", actor, key, Map.of("number", number, "body", request), ExchangeView.class, () -> {
            Exchange owed = store.lock(number);
            PartInfo part = catalog.part(owed.partId());
            String serial = request.serial() == null || request.serial().isBlank() ? null : Codes.serial(request.serial());
            if (part.serialized() && serial == null) {
                throw new InvalidRequest("serial", FieldRule.SERIAL_NEEDED,
                        part.sku() + " is serialized: give the core's serial", "sku", part.sku());
            }
            owed.requireOwed("core");
            warehouse.post(StockChange.of(MovementType.RETURN, part).serial(serial).reason(ReturnReason.CORE)
                    .to(new Place(catalog.location(Codes.location("location", request.location())), Condition.DEFECTIVE))
                    .reference(number).note("core of " + number + " from " + owed.customerRef()).build(), actor);
            RepairOrderView order = repairs.open(new RepairRequests.Open(part.sku(), serial, "core of " + number,
                    Owner.COMPANY, Origin.CORE_RETURN, request.location(), owed.customerRef(), null), actor, null);
            store.update(owed.coreReceived(serial, order.number(), clock.instant()));
            return view(store.get(number));
        });
    }

    /** The core never came back: the customer pays its charge and keeps the unit they were handed, now theirs. */
    public ExchangeView charge(String number, String actor, @Nullable String key) {
        return idempotency.once("exchange-charge", actor, key, number, ExchangeView.class, () -> {
            Exchange charged = store.lock(number).charged(clock.instant());
            store.update(charged);
            if (charged.issuedSerial() != null) {
                warehouse.soldToCustomer(charged.issuedSerial());
            }
            return view(store.get(number));
        });
    }

    public ExchangeView get(String number) {
        return transactions.read(() -> view(store.get(number)));
    }

    public PageView<ExchangeView> list(@Nullable ExchangeStatus status, @Nullable String sku, boolean overdue,
                                       Paging paging) {
        return transactions.read(() -> {
            Long partId = sku == null || sku.isBlank() ? null : catalog.part(sku).id();
            LocalDate overdueOn = overdue ? today() : null;
            return new PageView<>(store.find(status, partId, overdueOn, paging.size(), paging.offset()).stream()
                    .map(this::view).toList(), paging.page(), paging.size(), store.count(status, partId, overdueOn));
        });
    }

    /** A usable unit from the exchange pool: the serial asked for, or the most preferred condition. */
    private Available fromPool(PartInfo part, @Nullable String serial, @Nullable String location) {
        String wantedSerial = serial == null || serial.isBlank() ? null : Codes.serial(serial);
        String wantedLocation = location == null || location.isBlank() ? null : Codes.location("location", location);
        List<Available> pool = warehouse.rank(warehouse.usableAvailable(part)).stream()
                .filter(a -> wantedSerial == null || wantedSerial.equals(a.serial()))
                .filter(a -> wantedLocation == null || wantedLocation.equals(a.location().code()))
                .toList();
        if (pool.isEmpty()) {
            throw new InsufficientStock(part.sku(), wantedLocation == null ? "the exchange pool" : wantedLocation,
                    wantedSerial == null ? "usable" : "unit " + wantedSerial, 1, 0);
        }
        Available first = pool.get(0);
        return new Available(first.location(), first.condition(), 1, first.serial());
    }

    private ExchangeView view(Exchange exchange) {
        return new ExchangeView(exchange.number(), catalog.part(exchange.partId()).sku(), exchange.customerRef(),
                exchange.issuedSerial(), exchange.issuedCondition(), catalog.location(exchange.issuedLocationId()).code(),
                exchange.coreDueDate(), exchange.coreCharge(), exchange.status(), exchange.overdue(today()),
                exchange.coreSerial(), exchange.coreReceivedAt(), exchange.repairOrder(), exchange.chargedAt(),
                exchange.createdAt(), exchange.createdBy(),
                exchange.repairOrder() == null ? null : repairViews.costs(exchange.repairOrder()).total());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Cores due between the two days and those back on time ({@link CoreReturns}). */
    public CoreTally coreReturns(LocalDate first, LocalDate last) {
        return coreReturns.overall(first, last);
    }

    /** The core return rate each family's plan uses. */
    public Map<String, PlannedReturnRate> plannedReturnRatesByFamily(LocalDate first, LocalDate last) {
        return coreReturns.plannedByFamily(first, last);
    }

    /** The core return rate a plan uses for a tally (the default when there is none or too few). */
    public PlannedReturnRate plannedReturnRate(@Nullable CoreTally tally) {
        return coreReturns.planned(tally);
    }

    /** The parts exchanged in the last days ({@link ExchangePool}). */
    public List<ExchangedPart> exchangedParts(int windowDays) {
        return pool.exchangedParts(windowDays);
    }

    /** A part's exchange pool against its target. */
    public PoolView pool(String sku, double target, int windowDays) {
        return pool.of(sku, target, windowDays);
    }
}
