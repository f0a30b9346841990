package fr.sav.inventory.stock;

import fr.sav.inventory.shared.NotFound;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place where stock changes: appends the movement to the ledger and moves the levels (and the
 * unit, for serialized parts) in the caller's transaction. Rows are locked in a fixed order (unit, then
 * levels by location and condition) so that concurrent movements queue instead of deadlocking.
 */
@Singleton
class Ledger {

    private final StockLevels levels;
    private final StockMovements movements;
    private final StockUnits units;
    private final Valuer valuer;
    private final Clock clock;

    Ledger(StockLevels levels, StockMovements movements, StockUnits units, Valuer valuer, Clock clock) {
        this.levels = levels;
        this.valuer = valuer;
        this.movements = movements;
        this.units = units;
        this.clock = clock;
    }

    MovementView apply(StockChange change, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant occurredAt = change.occurredAt() == null ? now : change.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        Unit unitAfter = change.serial() == null ? null : moveUnit(change);
        for (Side side : sides(change)) {
            side.apply(change, levels);
        }
        Valuer.Valued valued = valuer.value(change);
        long id = movements.append(valued, occurredAt, now, actor);
        if (unitAfter != null) {
            units.save(unitAfter, now);
        }
        return view(id, valued, occurredAt, now, actor);
    }

    private static MovementView view(long id, Valuer.Valued valued, Instant occurredAt, Instant recordedAt, String actor) {
        StockChange change = valued.change();
        MovementValue value = valued.value();
        Place from = change.from();
        Place to = change.to();
        return new MovementView(id, change.type(), change.part().sku(), change.quantity(),
                change.type() == MovementType.ADJUSTMENT ? change.delta() : null, change.serial(),
                from == null ? null : from.location().code(), from == null ? null : from.condition(),
                to == null ? null : to.location().code(), to == null ? null : to.condition(),
                to != null ? to.condition() : from.condition(), change.reason(), change.reference(), change.unitCost(),
                value.unitValue(), value.value(), value.added(), change.note(), occurredAt, recordedAt, actor,
                null, null, false);
    }

    private Unit moveUnit(StockChange change) {
        return units.lock(change.serial())
                .map(unit -> unit.after(change))
                .orElseGet(() -> {
                    if (!Unit.mayArrive(change)) {
                        throw new NotFound("unit", change.serial());
                    }
                    return Unit.arriving(change);
                });
    }

    private static List<Side> sides(StockChange change) {
        List<Side> sides = new ArrayList<>(2);
        if (change.from() != null) {
            sides.add(new Side(change.from(), -change.quantity()));
        }
        if (change.to() != null) {
            sides.add(new Side(change.to(), change.quantity()));
        }
        sides.sort(Comparator.comparingLong((Side s) -> s.place.location().id()).thenComparing(s -> s.place.condition()));
        return sides;
    }

    private record Side(Place place, int delta) {

        void apply(StockChange change, StockLevels levels) {
            long partId = change.part().id();
            long locationId = place.location().id();
            if (delta > 0) {
                levels.add(partId, locationId, place.condition(), delta);
                return;
            }
            int quantity = -delta;
            boolean taken = change.consumesReservation()
                    ? levels.takeReserved(partId, locationId, place.condition(), quantity)
                    : levels.take(partId, locationId, place.condition(), quantity);
            if (!taken) {
                int available = change.consumesReservation()
                        ? levels.reserved(partId, locationId, place.condition())
                        : levels.available(partId, locationId, place.condition());
                throw new InsufficientStock(change.part().sku(), place.location().code(), place.condition().name(),
                        quantity, available);
            }
        }
    }
}
