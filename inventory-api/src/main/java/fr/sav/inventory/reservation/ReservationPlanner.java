package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Warehouse;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses the stock that serves a reservation: the part's own usable stock in order of condition
 * preference, then (when allowed) its equivalents', taking as much as each can give until the request
 * is covered. The request's condition, location and serial narrow the choice.
 */
@Singleton
class ReservationPlanner {

    private final Catalog catalog;
    private final Warehouse warehouse;

    ReservationPlanner(Catalog catalog, Warehouse warehouse) {
        this.catalog = catalog;
        this.warehouse = warehouse;
    }

    List<HeldLine> plan(PartInfo part, ReservationRequest request) {
        if (request.condition() != null && !request.condition().usable()) {
            throw new InvalidRequest("condition", FieldRule.NOT_FOR_REPAIR,
                    request.condition() + " stock cannot be reserved for a repair",
                    "condition", request.condition().name());
        }
        String location = request.location() == null || request.location().isBlank() ? null
                : Codes.location("location", request.location());
        String serial = request.serial() == null || request.serial().isBlank() ? null : Codes.serial(request.serial());
        if (serial != null && !part.serialized()) {
            throw new InvalidRequest("serial", FieldRule.NOT_SERIALIZED,
                    part.sku() + " is not serialized", "sku", part.sku());
        }
        Predicate<Available> wanted = a -> (request.condition() == null || a.condition() == request.condition())
                && (location == null || a.location().code().equals(location))
                && (serial == null || serial.equals(a.serial()));
        int remaining = request.quantity();
        List<HeldLine> lines = new ArrayList<>();
        remaining = take(part, warehouse.usableAvailable(part), wanted, remaining, lines);
        if (remaining > 0 && serial == null && !Boolean.FALSE.equals(request.allowEquivalents())) {
            for (PartInfo equivalent : catalog.equivalentsOf(part.id())) {
                remaining = take(equivalent, warehouse.usableAvailable(equivalent), wanted, remaining, lines);
            }
        }
        return lines;
    }

    private int take(PartInfo part, List<Available> available, Predicate<Available> wanted, int remaining,
                     List<HeldLine> lines) {
        for (Available candidate : warehouse.rank(available)) {
            if (remaining == 0) {
                break;
            }
            if (wanted.test(candidate)) {
                int quantity = Math.min(remaining, candidate.quantity());
                lines.add(new HeldLine(part, candidate.location(), candidate.condition(), candidate.serial(), quantity));
                remaining -= quantity;
            }
        }
        return remaining;
    }
}
