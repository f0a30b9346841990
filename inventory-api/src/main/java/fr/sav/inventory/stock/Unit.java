package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * A serialized unit's state. {@link #after} checks that a movement fits where the unit is and what it is
 * doing, and answers the unit's state once the movement is done.
 */
record Unit(@Nullable Long id, String serial, long partId, Condition condition, @Nullable Long locationId,
            UnitStatus status, Owner owner, int returnCount) {

    static Unit arriving(StockChange change) {
        return new Unit(null, change.serial(), change.part().id(), change.to().condition(), change.to().location().id(),
                UnitStatus.IN_STOCK, Owner.COMPANY, 0);
    }

    static boolean mayArrive(StockChange change) {
        return change.type() == MovementType.RECEIPT || change.type() == MovementType.RETURN
                || change.type() == MovementType.ADJUSTMENT && change.to() != null;
    }

    Unit after(StockChange change) {
        if (owner == Owner.CUSTOMER) {
            throw refused("customer-owned", "Unit " + serial + " belongs to a customer: it is never company stock");
        }
        if (partId != change.part().id()) {
            throw refused("serial-of-another-part", "Serial " + serial + " is a unit of another part, not of "
                    + change.part().sku());
        }
        return switch (change.type()) {
            case RECEIPT -> arrive(change, returnCount);
            case RETURN -> arrive(change, status == UnitStatus.ISSUED || status == UnitStatus.AT_CUSTOMER
                    ? returnCount + 1 : returnCount);
            case ADJUSTMENT -> change.to() != null ? arrive(change, returnCount) : leave(change, UnitStatus.SCRAPPED);
            case ISSUE -> leave(change, UnitStatus.ISSUED);
            case SCRAP -> leave(change, UnitStatus.SCRAPPED);
            case TRANSFER -> {
                requireAt(change.from(), change.consumesReservation());
                yield new Unit(id, serial, partId, condition, change.to().location().id(), status, owner, returnCount);
            }
            case REGRADE -> {
                requireAt(change.from(), change.consumesReservation());
                yield new Unit(id, serial, partId, change.to().condition(), locationId, status, owner, returnCount);
            }
        };
    }

    Unit withStatus(UnitStatus newStatus) {
        return new Unit(id, serial, partId, condition, locationId, newStatus, owner, returnCount);
    }

    private Unit arrive(StockChange change, int returns) {
        if (status.onHand()) {
            throw refused("unit-in-stock", "Unit " + serial + " is already in stock (" + status + "); it cannot "
                    + "arrive again");
        }
        Place to = change.to();
        return new Unit(id, serial, partId, to.condition(), to.location().id(), UnitStatus.IN_STOCK, owner, returns);
    }

    private Unit leave(StockChange change, UnitStatus newStatus) {
        requireAt(change.from(), change.consumesReservation());
        return new Unit(id, serial, partId, condition, null, newStatus, owner, returnCount);
    }

    private void requireAt(Place place, boolean reservedForThis) {
        boolean movable = status == UnitStatus.IN_STOCK || status == UnitStatus.IN_REPAIR
                || status == UnitStatus.AT_SUBCONTRACTOR || status == UnitStatus.RESERVED && reservedForThis;
        if (!movable) {
            throw refused("unit-not-available", "Unit " + serial + " is " + status + "; it cannot move now");
        }
        if (locationId == null || locationId != place.location().id() || condition != place.condition()) {
            throw refused("unit-elsewhere", "Unit " + serial + " is not " + place + "; it is " + condition
                    + (locationId == null ? "" : " elsewhere"));
        }
    }

    private static Conflict refused(String type, String detail) {
        return new Conflict(type, "Unit cannot move", detail, Map.of());
    }
}
