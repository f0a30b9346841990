package fr.sav.inventory.repair;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.DocumentNumbers;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;

/** An item enters the workshop: a numbered repair order at its intake place, with its first event. */
@Singleton
class RepairIntake {

    private final RepairOrders orders;
    private final RepairOrderEvents events;
    private final RepairViews views;
    private final RepairPlaces places;
    private final Catalog catalog;
    private final Idempotency idempotency;
    private final DocumentNumbers numbers;
    private final Clock clock;

    RepairIntake(RepairOrders orders, RepairOrderEvents events, RepairViews views, RepairPlaces places,
                 Catalog catalog, Idempotency idempotency, DocumentNumbers numbers, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.views = views;
        this.places = places;
        this.catalog = catalog;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.clock = clock;
    }

    RepairOrderView open(RepairRequests.Open request, String actor, @Nullable String key) {
        return idempotency.once("repair-order", actor, key, request, RepairOrderView.class, () -> {
            String serial = request.serial() == null || request.serial().isBlank() ? null : Codes.serial(request.serial());
            PartInfo part = request.sku() == null || request.sku().isBlank() ? null : catalog.part(request.sku());
            RepairOrder order = RepairOrder.receive(numbers.next("RO"), request.owner(), request.origin(),
                    part == null ? null : part.id(), serial, request.description(), request.customerRef(),
                    request.expectedDate(), clock.instant(), actor);
            LocationInfo where = request.owner() == Owner.COMPANY
                    ? places.companyIntake(order, part, request.location())
                    : places.customerIntake(order, part, request.location());
            order.placeIn(where.id());
            orders.save(order);
            events.save(RepairOrderEvent.of(order, "receive", null, request.description(), order.receivedAt(), actor));
            return views.view(order, true);
        });
    }
}
