package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One resolved stock movement, ready for the ledger: every location and condition is known. It cannot be
 * built in a shape its type forbids (a transfer to the same place, a return that does not land DEFECTIVE
 * in the workshop or quarantine, a serialized part without its serial).
 */
public record StockChange(MovementType type,
                          PartInfo part,
                          int quantity,
                          @Nullable String serial,
                          @Nullable Place from,
                          @Nullable Place to,
                          @Nullable String reference,
                          @Nullable BigDecimal unitCost,
                          @Nullable String note,
                          @Nullable Instant occurredAt,
                          boolean consumesReservation) {

    public StockChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(part, "part");
        if (quantity <= 0) {
            throw new InvalidRequest("quantity", "must be at least 1");
        }
        if (part.serialized()) {
            if (serial == null) {
                throw new InvalidRequest("serial", part.sku() + " is serialized: scan or give the unit's serial");
            }
            if (quantity != 1) {
                throw new InvalidRequest("quantity", part.sku() + " is serialized: one unit per movement");
            }
        } else if (serial != null) {
            throw new InvalidRequest("serial", part.sku() + " is not serialized: no serial expected");
        }
        checkSides(type, from, to);
        unitCost = unitCost == null ? null : unitCost.setScale(4, RoundingMode.HALF_UP);
    }

    public static StockChange receipt(PartInfo part, Place to, int quantity) {
        return new StockChange(MovementType.RECEIPT, part, quantity, null, null, to, null, null, null, null, false);
    }

    public static StockChange issue(PartInfo part, Place from, int quantity) {
        return new StockChange(MovementType.ISSUE, part, quantity, null, from, null, null, null, null, null, false);
    }

    public static StockChange returned(PartInfo part, Place to, int quantity) {
        return new StockChange(MovementType.RETURN, part, quantity, null, null, to, null, null, null, null, false);
    }

    public static StockChange transfer(PartInfo part, Place from, Place to, int quantity) {
        return new StockChange(MovementType.TRANSFER, part, quantity, null, from, to, null, null, null, null, false);
    }

    public static StockChange regrade(PartInfo part, Place from, Condition toCondition, int quantity) {
        return new StockChange(MovementType.REGRADE, part, quantity, null, from, new Place(from.location(), toCondition),
                null, null, null, null, false);
    }

    public static StockChange scrap(PartInfo part, Place from, int quantity) {
        return new StockChange(MovementType.SCRAP, part, quantity, null, from, null, null, null, null, null, false);
    }

    /** A counted difference: positive adds to the place, negative takes from it. */
    public static StockChange adjustment(PartInfo part, Place place, int delta, String note) {
        return new StockChange(MovementType.ADJUSTMENT, part, Math.abs(delta), null, delta < 0 ? place : null,
                delta > 0 ? place : null, null, null, note, null, false);
    }

    public StockChange withSerial(@Nullable String unitSerial) {
        return new StockChange(type, part, quantity, unitSerial, from, to, reference, unitCost, note, occurredAt,
                consumesReservation);
    }

    public StockChange withReference(@Nullable String value) {
        return new StockChange(type, part, quantity, serial, from, to, value, unitCost, note, occurredAt,
                consumesReservation);
    }

    public StockChange withUnitCost(@Nullable BigDecimal value) {
        return new StockChange(type, part, quantity, serial, from, to, reference, value, note, occurredAt,
                consumesReservation);
    }

    public StockChange withNote(@Nullable String value) {
        return new StockChange(type, part, quantity, serial, from, to, reference, unitCost, value, occurredAt,
                consumesReservation);
    }

    public StockChange withOccurredAt(@Nullable Instant value) {
        return new StockChange(type, part, quantity, serial, from, to, reference, unitCost, note, value,
                consumesReservation);
    }

    /** The stock taken was reserved for this movement: it lowers reserved as well as on-hand. */
    public StockChange consumingReservation() {
        return new StockChange(type, part, quantity, serial, from, to, reference, unitCost, note, occurredAt, true);
    }

    /** Signed change of on-hand for ADJUSTMENT (negative when stock was found missing). */
    public int delta() {
        return to != null ? quantity : -quantity;
    }

    private static void checkSides(MovementType type, @Nullable Place from, @Nullable Place to) {
        switch (type) {
            case RECEIPT -> require(from == null && to != null, "toLocation", "a receipt needs toLocation and no fromLocation");
            case RETURN -> {
                require(from == null && to != null, "toLocation", "a return needs toLocation");
                if (!to.location().kind().receivesReturns()) {
                    throw new Conflict("return-location", "Returns go to the workshop or quarantine",
                            "Returned material must be inspected first: " + to.location().code() + " is a "
                                    + to.location().kind() + ", not a WORKSHOP or QUARANTINE location");
                }
                require(to.condition() == Condition.DEFECTIVE, "condition", "returned material always lands DEFECTIVE");
            }
            case ISSUE, SCRAP -> require(from != null && to == null, "fromLocation",
                    "an " + type.name().toLowerCase() + " needs fromLocation");
            case TRANSFER -> {
                require(from != null && to != null, "toLocation", "a transfer needs fromLocation and toLocation");
                require(from.location().id() != to.location().id(), "toLocation",
                        "a transfer must go to another location than " + from.location().code());
                require(from.condition() == to.condition(), "toCondition",
                        "a transfer keeps the condition; use REGRADE to change it");
            }
            case REGRADE -> {
                require(from != null && to != null, "toCondition", "a regrade needs fromCondition and toCondition");
                require(from.location().id() == to.location().id(), "toLocation", "a regrade happens in place");
                require(from.condition() != to.condition(), "toCondition",
                        "a regrade must change the condition (it is already " + from.condition() + ")");
            }
            case ADJUSTMENT -> require((from == null) != (to == null), "delta", "an adjustment changes one place");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidRequest(field, message);
        }
    }
}
