package fr.sav.inventory.repair;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.stock.Owner;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.UnitStatus;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The workshop's one door for changes: items enter as repair orders and move through diagnosis, quote,
 * repair, subcontracting, completion or scrap. Company items are DEFECTIVE stock held for their order;
 * customer items are followed but never counted as stock. An order that closes releases the reservations it
 * still holds.
 */
@Singleton
public class Repairs {

    private final RepairOrders orders;
    private final RepairOrderEvents events;
    private final RepairStock stock;
    private final RepairViews views;
    private final RepairPolicy policy;
    private final RepairSettings.LabourRate labour;
    private final RepairPlaces places;
    private final OrderReservations reservations;
    private final Catalog catalog;
    private final Warehouse warehouse;
    private final Idempotency idempotency;
    private final RepairIntake intake;
    private final Clock clock;

    Repairs(RepairOrders orders, RepairOrderEvents events, RepairStock stock, RepairViews views, RepairPolicy policy,
            RepairSettings.LabourRate labour, RepairPlaces places, OrderReservations reservations, Catalog catalog,
            Warehouse warehouse, Idempotency idempotency, RepairIntake intake, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.stock = stock;
        this.views = views;
        this.policy = policy;
        this.labour = labour;
        this.places = places;
        this.reservations = reservations;
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.idempotency = idempotency;
        this.intake = intake;
        this.clock = clock;
    }

    public RepairOrderView open(RepairRequests.Open request, String actor, @Nullable String key) {
        return intake.open(request, actor, key);
    }

    public RepairOrderView diagnose(String number, RepairRequests.Diagnose request, String actor, @Nullable String key) {
        return step(number, RepairAction.DIAGNOSE, request, actor, key, order -> {
            PartInfo part = order.partId() == null ? null : catalog.part(order.partId());
            BigDecimal quote = request.subcontractQuote() == null ? BigDecimal.ZERO : request.subcontractQuote();
            RepairPolicy.Advice advice = policy.advise(new RepairPolicy.Estimate(request.estimatedCost(),
                            labour.of(request.estimatedMinutes()), quote),
                    part == null ? null : part.standardCost(), order.returnCount(), order.owner(),
                    part != null && part.exchangePrice() != null);
            order.diagnose(request.findings(), request.estimatedCost(), request.estimatedMinutes(),
                    request.subcontractQuote(), advice);
            if (request.expectedDate() != null) {
                order.expectBy(request.expectedDate());
            }
            return advice.recommendation() + ": " + advice.reason();
        });
    }

    public RepairOrderView quote(String number, RepairRequests.Quote request, String actor, @Nullable String key) {
        return step(number, RepairAction.QUOTE, request, actor, key, order -> {
            LocationInfo area = places.ofKind(LocationKind.AWAITING_CUSTOMER, request.location(), null);
            order.quote(request.amount(), area.id());
            places.trackCustomerUnit(order, UnitStatus.IN_REPAIR);
            return "quote " + request.amount();
        });
    }

    public RepairOrderView approve(String number, RepairRequests.Step request, String actor, @Nullable String key) {
        return step(number, RepairAction.APPROVE, request, actor, key, order -> {
            order.approve();
            return request.note();
        });
    }

    public RepairOrderView refuse(String number, RepairRequests.Step request, String actor, @Nullable String key) {
        return step(number, RepairAction.REFUSE, request, actor, key, order -> {
            order.refuse(clock.instant());
            return request.note();
        });
    }

    public RepairOrderView start(String number, RepairRequests.Step request, String actor, @Nullable String key) {
        return step(number, RepairAction.START, request, actor, key, order -> {
            order.start();
            places.trackCustomerUnit(order, UnitStatus.IN_REPAIR);
            return request.note();
        });
    }

    public RepairOrderView sendOut(String number, RepairRequests.SendOut request, String actor, @Nullable String key) {
        return step(number, RepairAction.SEND_TO_SUBCONTRACTOR, request, actor, key, order -> {
            SupplierInfo supplier = catalog.supplier(request.supplier());
            LocationInfo from = catalog.location(order.locationId());
            LocationInfo to = places.ofKind(LocationKind.SUBCONTRACTOR, request.location(), supplier.code());
            order.sendOut(supplier.id(), to.id(), request.expectedDate());
            if (order.owner() == Owner.COMPANY) {
                stock.move(order, catalog.part(order.partId()), from, to, UnitStatus.AT_SUBCONTRACTOR, actor);
            }
            places.trackCustomerUnit(order, UnitStatus.AT_SUBCONTRACTOR);
            return "sent to " + supplier.code();
        });
    }

    public RepairOrderView receiveBack(String number, RepairRequests.ReceiveBack request, String actor,
                                       @Nullable String key) {
        return step(number, RepairAction.RECEIVE_FROM_SUBCONTRACTOR, request, actor, key, order -> {
            LocationInfo from = catalog.location(order.locationId());
            order.receiveBack(request.cost());
            if (order.owner() == Owner.COMPANY) {
                stock.move(order, catalog.part(order.partId()), from, catalog.location(order.workshopId()),
                        UnitStatus.IN_REPAIR, actor);
            }
            places.trackCustomerUnit(order, UnitStatus.IN_REPAIR);
            return "subcontracting cost " + request.cost();
        });
    }

    public RepairOrderView complete(String number, RepairRequests.Complete request, String actor, @Nullable String key) {
        if (request.condition() != Condition.REPAIRED && request.condition() != Condition.RECONDITIONED) {
            throw new InvalidRequest("condition", FieldRule.REPAIR_RESULT,
                    "a repair completes as REPAIRED or RECONDITIONED");
        }
        return step(number, RepairAction.COMPLETE, request, actor, key, order -> {
            BigDecimal parts = warehouse.issuedValue(order.number());
            order.complete(request.condition(), request.laborMinutes(), labour.of(request.laborMinutes()), parts,
                    request.cost() == null ? BigDecimal.ZERO : request.cost(), clock.instant());
            if (order.owner() == Owner.COMPANY) {
                PartInfo part = catalog.part(order.partId());
                LocationInfo at = catalog.location(order.locationId());
                stock.complete(order, part, at, request.condition(), actor);
                reservations.outputReady(order.number(), part, new Place(at, request.condition()), order.serial());
            }
            return "completed " + request.condition() + ", total cost " + order.totalCost();
        });
    }

    public RepairOrderView scrap(String number, RepairRequests.Scrap request, String actor, @Nullable String key) {
        return step(number, RepairAction.SCRAP, request, actor, key, order -> {
            order.scrap(request.consented(), clock.instant());
            if (order.owner() == Owner.CUSTOMER) {
                if (request.harvest() != null && !request.harvest().isEmpty()) {
                    throw new InvalidRequest("harvest", FieldRule.NOTHING_TO_HARVEST,
                            "a customer's item is not our stock: nothing is harvested from it");
                }
                places.trackCustomerUnit(order, UnitStatus.SCRAPPED);
                return "scrapped with the customer's consent";
            }
            PartInfo part = catalog.part(order.partId());
            List<RepairStock.Harvested> harvest = HarvestCheck.check(part, request.harvest(), catalog);
            stock.scrap(order, part, catalog.location(order.locationId()), harvest, actor);
            return harvest.isEmpty() ? "scrapped" : "scrapped, harvested " + harvest.size() + " component line(s)";
        });
    }

    public RepairOrderView returnUnrepaired(String number, RepairRequests.ReturnUnrepaired request, String actor,
                                            @Nullable String key) {
        return step(number, RepairAction.RETURN_UNREPAIRED, request, actor, key, order -> {
            order.returnUnrepaired(request.fee(), clock.instant());
            String fee = request.fee() == null ? "no diagnosis fee" : "diagnosis fee " + request.fee();
            return request.note() == null ? fee : fee + "; " + request.note();
        });
    }

    /**
     * A customer's item of an exchangeable part, not worth repairing, becomes our core under the given exchange:
     * the order ends EXCHANGED and the item enters the workshop as DEFECTIVE company stock. Joins the caller's
     * transaction, which hands over the pool unit.
     */
    public RepairOrderView exchange(String number, String exchange, String actor) {
        return step(number, RepairAction.EXCHANGE, Map.of("exchange", exchange), actor, null, order -> {
            PartInfo part = order.partId() == null ? null : catalog.part(order.partId());
            if (part == null || part.exchangePrice() == null) {
                throw new NotExchangeable(order.number(), part == null ? null : part.sku());
            }
            order.exchange(exchange, clock.instant());
            stock.takeAsCore(order, part, catalog.location(order.workshopId()), exchange, actor);
            return "exchanged under " + exchange + ": the item is now our core";
        });
    }

    public RepairOrderView deliver(String number, RepairRequests.Step request, String actor, @Nullable String key) {
        return step(number, RepairAction.DELIVER, request, actor, key, order -> {
            order.deliver();
            places.trackCustomerUnit(order, UnitStatus.AT_CUSTOMER);
            return request.note();
        });
    }

    private RepairOrderView step(String number, RepairAction action, Object request, String actor, @Nullable String key,
                                 Function<RepairOrder, String> verb) {
        return idempotency.once("repair-order", actor, key,
                Map.of("number", number, "action", action.path(), "body", request), RepairOrderView.class, () -> {
                    RepairOrder order = orders.lock(number);
                    RepairStatus from = order.status();
                    String note = verb.apply(order);
                    List<Released> released = order.status().open() ? null : reservations.releaseAll(order.number());
                    if (!order.status().open()) {
                        reservations.outputLost(order.number());
                    }
                    orders.update(order);
                    events.save(RepairOrderEvent.of(order, action.path(), from, note, clock.instant(), actor));
                    if (released != null && !released.isEmpty()) {
                        String what = "released " + released;
                        events.save(RepairOrderEvent.of(order, "release", order.status(),
                                what.length() > 500 ? what.substring(0, 499) + "…" : what, clock.instant(), actor));
                    }
                    return views.view(order, true, released);
                });
    }
}
