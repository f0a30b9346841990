package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.OfferView;
import fr.sav.inventory.repair.OrderReservations;
import fr.sav.inventory.repair.Released;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.DemandSource;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.stock.InsufficientStock;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.UnitStatus;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Workshop staff reserve parts for repair orders: reserving holds stock (available falls, on-hand stays),
 * fulfilling issues it to the reference, releasing gives it back. A reservation nothing can serve is
 * refused with the availability cascade, and its shortfall is kept as unmet demand. Every option of the cascade
 * can be reserved: a unit in repair and a purchase are waited for, an assembly is taken apart. A repair order that
 * closes gives back what it still holds, and hands its output to the reservation that waits for it.
 */
@Singleton
public class Reservations implements OrderReservations {

    private static final int PLANNING_ATTEMPTS = 3;

    private final ReservationStore store;
    private final ReservationPlanner planner;
    private final Availability availability;
    private final Warehouse warehouse;
    private final Catalog catalog;
    private final Idempotency idempotency;
    private final Transactions transactions;
    private final RepairOutputs repairOutputs;
    private final Disassembly disassembly;
    private final BeanProvider<PurchaseOrders> purchases;
    private final Clock clock;

    Reservations(ReservationStore store, ReservationPlanner planner, Availability availability, Warehouse warehouse,
                 Catalog catalog, Idempotency idempotency, Transactions transactions,
                 RepairOutputs repairOutputs, Disassembly disassembly, BeanProvider<PurchaseOrders> purchases,
                 Clock clock) {
        this.store = store;
        this.planner = planner;
        this.availability = availability;
        this.warehouse = warehouse;
        this.catalog = catalog;
        this.idempotency = idempotency;
        this.transactions = transactions;
        this.repairOutputs = repairOutputs;
        this.disassembly = disassembly;
        this.purchases = purchases;
        this.clock = clock;
    }

    /** Holds stock for the request; a plan overtaken by a concurrent request is made again from fresh figures. */
    public ReservationView reserve(ReservationRequest request, String actor, @Nullable String key) {
        PartInfo part = catalog.part(request.sku());
        for (int attempt = 1; ; attempt++) {
            try {
                return idempotency.once("reservation", actor, key, request, ReservationView.class,
                        () -> view(store.get(open(part, request, actor))));
            } catch (NothingToReserve refused) {
                warehouse.recordUnmet(part.id(), refused.shortfall(), request.reference(), DemandSource.RESERVATION);
                throw refused;
            } catch (InsufficientStock overtaken) {
                if (attempt == PLANNING_ATTEMPTS) {
                    throw overtaken;
                }
            }
        }
    }

    public ReservationView fulfil(long id, String actor, @Nullable String key) {
        return idempotency.once("reservation-fulfil", actor, key, id, ReservationView.class, () -> {
            Reservation reservation = store.lock(id).close(ReservationStatus.FULFILLED, clock.instant());
            for (HeldLine line : reservation.lines()) {
                warehouse.post(StockChange.of(MovementType.ISSUE, line.part()).quantity(line.quantity())
                        .serial(line.serial()).from(line.place()).reference(reservation.reference())
                        .unitCost(line.part().standardCost()).consumingReservation().build(), actor);
            }
            store.close(reservation);
            return view(reservation);
        });
    }

    public ReservationView release(long id, String actor, @Nullable String key) {
        return idempotency.once("reservation-release", actor, key, id, ReservationView.class,
                () -> view(giveBack(store.lock(id), ReservationStatus.RELEASED)));
    }

    @Override
    public List<Released> releaseAll(String number) {
        return transactions.write(() -> store.lockActive(number).stream()
                .map(id -> giveBack(store.lock(id), ReservationStatus.RELEASED))
                .map(r -> new Released(r.id(), catalog.part(r.partId()).sku(), r.quantity()))
                .toList());
    }

    @Override
    public void outputReady(String number, PartInfo part, Place place, @Nullable String serial) {
        for (Reservation waiting : store.lockAwaiting(number, ReservationStatus.AWAITING_REPAIR)) {
            HeldLine line = new HeldLine(part, place.location(), place.condition(), serial, waiting.outstanding());
            warehouse.hold(part, place, line.quantity(), serial, UnitStatus.RESERVED, waiting.reference());
            store.arrived(waiting.arrived(line), line);
        }
    }

    @Override
    public void outputLost(String number) {
        store.lockAwaiting(number, ReservationStatus.AWAITING_REPAIR)
                .forEach(waiting -> giveBack(waiting, ReservationStatus.RELEASED));
    }

    /**
     * Received pieces for a purchase request line with a reference: the reservation that waits for that request
     * holds them (ACTIVE once all have come); without one, they are reserved for the reference as they are.
     * Joins the caller's transaction.
     */
    public void reserveOnReceipt(String purchaseRequest, ReservationRequest received, String actor) {
        PartInfo part = catalog.part(received.sku());
        Reservation waiting = store.lockAwaiting(purchaseRequest, ReservationStatus.AWAITING_RECEIPT).stream()
                .filter(r -> r.partId() == part.id() && r.reference().equals(received.reference())).findFirst()
                .orElse(null);
        if (waiting == null) {
            reserve(received, actor, null);
            return;
        }
        int quantity = Math.min(waiting.outstanding(), received.quantity());
        for (HeldLine line : planner.plan(part, ReservationRequest.fromStock(part.sku(), quantity,
                received.reference(), received.neededBy(), received.condition(), received.location(),
                received.serial(), false))) {
            warehouse.hold(line.part(), line.place(), line.quantity(), line.serial(), UnitStatus.RESERVED,
                    waiting.reference());
            waiting = waiting.arrived(line);
            store.arrived(waiting, line);
        }
    }

    /** Gives back every ACTIVE reservation needed before the day; answers how many expired. */
    public int expireNeededBefore(java.time.LocalDate day) {
        int expired = 0;
        List<Long> batch;
        do {
            batch = transactions.write(() -> {
                List<Long> ids = store.lockExpired(day, 100);
                ids.forEach(id -> giveBack(store.lock(id), ReservationStatus.EXPIRED));
                return ids;
            });
            expired += batch.size();
        } while (batch.size() == 100);
        return expired;
    }

    public ReservationView get(long id) {
        return transactions.read(() -> view(store.get(id)));
    }

    public PageView<ReservationView> list(@Nullable String reference, @Nullable String sku,
                                          @Nullable ReservationStatus status, Paging paging) {
        return transactions.read(() -> {
            Long partId = sku == null || sku.isBlank() ? null : catalog.part(sku).id();
            String ref = reference == null || reference.isBlank() ? null : reference.trim();
            return new PageView<>(store.find(ref, partId, status, paging.size(), paging.offset()).stream()
                    .map(this::view).toList(), paging.page(), paging.size(), store.count(ref, partId, status));
        });
    }

    /** Reserves from the request's source, in the caller's transaction; answers the reservation's id. */
    private long open(PartInfo part, ReservationRequest request, String actor) {
        return switch (request.sourceOrStock()) {
            case STOCK -> hold(part, request, plan(part, request), Source.STOCK, actor);
            case CANNIBALISE -> hold(part, request, List.of(disassembly.takeApart(part, request, actor)),
                    Source.CANNIBALISE, actor);
            case IN_REPAIR -> store.insert(repairOutputs.promise(part, request, actor));
            case PURCHASE -> store.insert(purchase(part, request, actor));
            case VAN_STOCK, EQUIVALENT_STOCK -> throw new InvalidRequest("source", FieldRule.VAN_STOCK,
                    "a technician's van stock serves others only by a transfer order");
        };
    }

    /** Plans the stock that serves the request; refused with the cascade when stock cannot serve it all. */
    private List<HeldLine> plan(PartInfo part, ReservationRequest request) {
        List<HeldLine> lines = planner.plan(part, request);
        int planned = lines.stream().mapToInt(HeldLine::quantity).sum();
        if (planned < request.quantity()) {
            throw new NothingToReserve(part.sku(), request.quantity(), planned,
                    availability.of(part.sku(), request.quantity()).options());
        }
        return lines;
    }

    /** Puts the pieces on a draft request to the best offer's supplier; the reservation waits for them. */
    private Reservation purchase(PartInfo part, ReservationRequest request, String actor) {
        OfferView offer = AvailabilityCascade.bestOffer(catalog.offersOf(part.sku()))
                .orElseThrow(() -> new NoOffer(part.sku()));
        String reference = request.reference().trim();
        String number = purchases.get().orderFor(offer.supplier(), part.sku(), request.quantity(), reference,
                request.neededBy(), actor);
        return Reservation.awaiting(reference, part.id(), request.quantity(), request.neededBy(),
                ReservationStatus.AWAITING_RECEIPT, Source.PURCHASE, number, clock.instant(), actor);
    }

    /** Holds the planned stock for the request, in the caller's transaction. */
    private long hold(PartInfo part, ReservationRequest request, List<HeldLine> lines, Source source, String actor) {
        for (HeldLine line : lines) {
            warehouse.hold(line.part(), line.place(), line.quantity(), line.serial(), UnitStatus.RESERVED,
                    request.reference().trim());
        }
        return store.insert(new Reservation(0, request.reference().trim(), part.id(), request.quantity(),
                request.neededBy(), ReservationStatus.ACTIVE, clock.instant(), actor, null, lines, source, null));
    }

    private Reservation giveBack(Reservation active, ReservationStatus outcome) {
        Reservation closed = active.close(outcome, clock.instant());
        for (HeldLine line : closed.lines()) {
            warehouse.release(line.part(), line.place(), line.quantity(), line.serial());
        }
        store.close(closed);
        return closed;
    }

    private ReservationView view(Reservation reservation) {
        String requested = catalog.part(reservation.partId()).sku();
        HeldLine first = reservation.lines().isEmpty() ? null : reservation.lines().get(0);
        return new ReservationView(reservation.id(), reservation.reference(), requested, reservation.quantity(),
                first == null ? requested : first.part().sku(), first == null ? null : first.condition(),
                first == null ? null : first.location().code(), first == null ? null : first.serial(),
                reservation.neededBy(), reservation.status(), reservation.createdAt(), reservation.createdBy(),
                reservation.closedAt(), reservation.lines().stream().map(HeldLine::view).toList(),
                reservation.source(), reservation.awaiting());
    }
}
