package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * A serialized unit's state. {@link #after} checks that a movement fits where the unit is and what it is
 * doing, and answers the unit's state once the movement is done. A unit that is not IN_STOCK is held by
 * its {@code holder} (a reservation's reference, a repair order, an issue's reference) and moves only
 * through it. It is the row of {@code stock_unit} as Micronaut Data loads it ({@link UnitRows}).
 */
@MappedEntity("stock_unit")
record Unit(@Id @GeneratedValue @Nullable Long id, String serial, long partId,
            @MappedProperty("item_condition") Condition condition, @Nullable Long locationId, UnitStatus status,
            @Nullable String holder, Owner owner, int returnCount) {

    /** The numbers of loans and rentals, which hold the units they lent. */
    private static final String LOAN_PREFIX = "LN-";

    static Unit arriving(StockChange change) {
        Unit unit = new Unit(null, change.serial(), change.part().id(), change.to().condition(),
                change.to().location().id(), UnitStatus.IN_STOCK, null, Owner.COMPANY, 0);
        return change.type() == MovementType.RETURN ? unit.cameBack(change.reason()) : unit;
    }

    static boolean mayArrive(StockChange change) {
        return change.type() == MovementType.RECEIPT || change.type() == MovementType.RETURN
                || change.type() == MovementType.ADJUSTMENT && change.to() != null;
    }

    UnitInfo info() {
        return new UnitInfo(serial, partId, condition, locationId, status, owner, returnCount);
    }

    Unit after(StockChange change) {
        if (owner == Owner.CUSTOMER) {
            throw new CustomerOwned(serial, "it is never company stock");
        }
        if (partId != change.part().id()) {
            throw new SerialOfAnotherPart(serial, change.part().sku());
        }
        if (lent() && !endsItsLoan(change)) {
            throw new UnitHeld(serial, status, holder);
        }
        return switch (change.type()) {
            case RECEIPT -> arrive(change);
            // A unit its supplier sends back (a rejected claim) has not failed in the field again.
            case RETURN -> status == UnitStatus.AT_SUPPLIER ? arrive(change) : arrive(change).cameBack(change.reason());
            case ADJUSTMENT -> change.to() != null ? arrive(change) : leave(change, UnitStatus.SCRAPPED);
            case ISSUE -> leave(change, UnitStatus.ISSUED);
            case SCRAP -> leave(change, UnitStatus.SCRAPPED);
            case SUPPLIER_RETURN -> leave(change, UnitStatus.AT_SUPPLIER);
            case TRANSFER -> {
                requireAt(change.from(), change.consumesReservation());
                yield new Unit(id, serial, partId, condition, change.to().location().id(), status, holder, owner,
                        returnCount);
            }
            case REGRADE -> {
                requireAt(change.from(), change.consumesReservation());
                yield new Unit(id, serial, partId, change.to().condition(), locationId, status, holder, owner,
                        returnCount);
            }
        };
    }

    /**
     * The one definition of a return (DOMAIN rule 12), for company units and customers' items alike: a unit that
     * comes back faulty (a faulty return, a core, a customer's drop-off) counts one; an unused part or a loan's
     * end does not.
     */
    Unit cameBack(ReturnReason reason) {
        return reason.countsAsReturn()
                ? new Unit(id, serial, partId, condition, locationId, status, holder, owner, returnCount + 1) : this;
    }

    /**
     * A customer's item the customer gave up for a standard exchange: ours from now on, out of stock until the
     * core RETURN brings it in. That RETURN counts the return its drop-off already counted, so it counts once.
     */
    Unit givenUpAsCore(long part) {
        if (owner != Owner.CUSTOMER || partId != part) {
            throw new NotACustomerItem(serial);
        }
        return new Unit(id, serial, partId, Condition.DEFECTIVE, null, UnitStatus.AT_CUSTOMER, null, Owner.COMPANY,
                Math.max(0, returnCount - 1));
    }

    /** The unit held for a purpose (RESERVED, IN_REPAIR...) by the reference that holds it. */
    Unit heldBy(UnitStatus purpose, @Nullable String by) {
        return new Unit(id, serial, partId, condition, locationId, purpose, by, owner, returnCount);
    }

    /** The unit back to available stock, held by nothing. */
    Unit freed() {
        return heldBy(UnitStatus.IN_STOCK, null);
    }

    /** The customer kept the unit handed out in an exchange and paid its core charge: theirs from now on. */
    Unit soldToCustomer() {
        if (owner != Owner.COMPANY || status != UnitStatus.AT_CUSTOMER) {
            throw UnitNotAvailable.toSell(serial, owner, status);
        }
        return new Unit(id, serial, partId, condition, null, UnitStatus.AT_CUSTOMER, null, Owner.CUSTOMER, returnCount);
    }

    /** A unit of ours lent or rented to a customer, held by its loan: it comes back only by the loan's return. */
    boolean lent() {
        return owner == Owner.COMPANY && status == UnitStatus.AT_CUSTOMER && holder != null
                && holder.startsWith(LOAN_PREFIX);
    }

    /** The return that ends the loan holding the unit: the only movement a lent unit takes. */
    private boolean endsItsLoan(StockChange change) {
        return change.type() == MovementType.RETURN && change.reason() == ReturnReason.LOAN_END
                && holder.equals(change.reference());
    }

    Unit withStatus(UnitStatus newStatus) {
        return heldBy(newStatus, holder);
    }

    private Unit arrive(StockChange change) {
        if (status.onHand()) {
            if (status != UnitStatus.IN_STOCK) {
                throw new UnitHeld(serial, status, holder);
            }
            throw new UnitInStock(serial, status);
        }
        Place to = change.to();
        return new Unit(id, serial, partId, to.condition(), to.location().id(), UnitStatus.IN_STOCK, null, owner,
                returnCount);
    }

    private Unit leave(StockChange change, UnitStatus newStatus) {
        requireAt(change.from(), change.consumesReservation());
        return new Unit(id, serial, partId, condition, null, newStatus, change.reference(), owner, returnCount);
    }

    private void requireAt(Place place, boolean reservedForThis) {
        boolean movable = status == UnitStatus.IN_STOCK || status == UnitStatus.RESERVED && reservedForThis;
        if (!movable) {
            throw new UnitHeld(serial, status, holder);
        }
        if (locationId == null || locationId != place.location().id() || condition != place.condition()) {
            throw new UnitElsewhere(serial, place, condition, locationId != null);
        }
    }
}
