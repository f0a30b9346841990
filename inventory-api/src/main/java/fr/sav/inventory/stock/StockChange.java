package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One resolved stock movement, ready for the ledger: every location and condition is known. It cannot be
 * built in a shape its type forbids (a transfer to the same place, a return that does not land DEFECTIVE
 * in the workshop or quarantine, a serialized part without its serial), nor regrade anything NEW, nor put
 * DEFECTIVE stock anywhere but a WORKSHOP, QUARANTINE or SUBCONTRACTOR location.
 */
public record StockChange(MovementType type,
                          PartInfo part,
                          int quantity,
                          @Nullable String serial,
                          @Nullable Place from,
                          @Nullable Place to,
                          @Nullable ReturnReason reason,
                          @Nullable String reference,
                          @Nullable BigDecimal unitCost,
                          @Nullable String note,
                          @Nullable Instant occurredAt,
                          boolean consumesReservation,
                          @Nullable BigDecimal fixedValue,
                          @Nullable BigDecimal repairCost) {

    /** The most pieces one movement (or one counted line) may carry. */
    public static final int MAX_QUANTITY = 1_000_000;

    public StockChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(part, "part");
        if (quantity <= 0) {
            throw new InvalidRequest("quantity", FieldRule.AT_LEAST, "must be at least 1", "min", 1);
        }
        if (part.serialized()) {
            if (serial == null) {
                throw new InvalidRequest("serial", FieldRule.SERIAL_NEEDED,
                        part.sku() + " is serialized: scan or give the unit's serial", "sku", part.sku());
            }
            if (quantity != 1) {
                throw new InvalidRequest("quantity", FieldRule.ONE_UNIT_PER_MOVEMENT,
                        part.sku() + " is serialized: one unit per movement", "sku", part.sku());
            }
        } else if (serial != null) {
            throw new InvalidRequest("serial", FieldRule.NOT_SERIALIZED,
                    part.sku() + " is not serialized: no serial expected", "sku", part.sku());
        }
        if (type == MovementType.RETURN) {
            reason = reason == null ? ReturnReason.FAULTY : reason;
        } else if (reason != null) {
            throw new InvalidRequest("reason", FieldRule.RETURN_REASON_ONLY, "only a RETURN says why it came back");
        }
        checkDefective(type, part, from, to);
        checkSides(type, from, to);
        unitCost = unitCost == null ? null : unitCost.setScale(4, RoundingMode.HALF_UP);
        if (repairCost != null && !(type == MovementType.REGRADE && to != null && to.condition().usable())) {
            throw new IllegalArgumentException("only a regrade into a usable condition carries a repair's cost");
        }
    }

    /** The same movement at this unit cost (the cost its valuation settled on). */
    StockChange costing(@Nullable BigDecimal cost) {
        return new StockChange(type, part, quantity, serial, from, to, reason, reference, cost, note, occurredAt,
                consumesReservation, fixedValue, repairCost);
    }

    /** The same movement valued at what it takes back (a reversal). */
    StockChange valuedAt(BigDecimal value) {
        return new StockChange(type, part, quantity, serial, from, to, reason, reference, null, note, occurredAt,
                consumesReservation, value, null);
    }

    /** Starts a change of this type for this part; {@link Builder#build()} checks the whole of it. */
    public static Builder of(MovementType type, PartInfo part) {
        return new Builder(type, part);
    }

    /** A counted difference: positive adds to the place, negative takes from it. */
    public static Builder adjustment(PartInfo part, Place place, int delta) {
        Builder builder = of(MovementType.ADJUSTMENT, part).quantity(Math.abs(delta));
        return delta < 0 ? builder.from(place) : builder.to(place);
    }

    /** Collects a change's fields; nothing is checked until {@link #build()}. */
    public static final class Builder {
        private final MovementType type;
        private final PartInfo part;
        private int quantity = 1;
        private String serial;
        private Place from;
        private Place to;
        private ReturnReason reason;
        private String reference;
        private BigDecimal unitCost;
        private String note;
        private Instant occurredAt;
        private boolean consumesReservation;
        private BigDecimal repairCost;

        private Builder(MovementType type, PartInfo part) {
            this.type = type;
            this.part = part;
        }

        public Builder quantity(int value) {
            quantity = value;
            return this;
        }

        public Builder serial(@Nullable String value) {
            serial = value;
            return this;
        }

        public Builder from(@Nullable Place value) {
            from = value;
            return this;
        }

        public Builder to(@Nullable Place value) {
            to = value;
            return this;
        }

        /** Why a return came back; FAULTY when not said. */
        public Builder reason(@Nullable ReturnReason value) {
            reason = value;
            return this;
        }

        public Builder reference(@Nullable String value) {
            reference = value;
            return this;
        }

        public Builder unitCost(@Nullable BigDecimal value) {
            unitCost = value;
            return this;
        }

        public Builder note(@Nullable String value) {
            note = value;
            return this;
        }

        public Builder occurredAt(@Nullable Instant value) {
            occurredAt = value;
            return this;
        }

        /** The stock taken was reserved for this movement: it lowers reserved as well as on-hand. */
        public Builder consumingReservation() {
            consumesReservation = true;
            return this;
        }

        /** What a repair cost, added to the value of the unit it makes usable (DOMAIN rule 16). */
        public Builder addingRepairCost(@Nullable BigDecimal value) {
            repairCost = value == null || value.signum() == 0 ? null : value;
            return this;
        }

        public StockChange build() {
            return new StockChange(type, part, quantity, serial, from, to, reason, reference, unitCost, note, occurredAt,
                    consumesReservation, null, repairCost);
        }
    }

    /** Signed change of on-hand for ADJUSTMENT (negative when stock was found missing). */
    public int delta() {
        return to != null ? quantity : -quantity;
    }

    private static void checkDefective(MovementType type, PartInfo part, @Nullable Place from, @Nullable Place to) {
        if (type == MovementType.REGRADE && from != null && to != null && to.condition() == Condition.NEW
                && from.condition() != Condition.NEW) {
            throw new NewIsNeverUsed(part.sku(), from);
        }
        if (to != null && to.condition() == Condition.DEFECTIVE && !to.location().kind().holdsDefective()) {
            throw new DefectiveLocation(part.sku(), to);
        }
    }

    private static void checkSides(MovementType type, @Nullable Place from, @Nullable Place to) {
        switch (type) {
            case RECEIPT -> require(from == null && to != null, "toLocation", FieldRule.MOVEMENT_NEEDS,
                    "a receipt needs toLocation and no fromLocation",
                    "movement", type.name(), "needs", List.of("toLocation"), "without", "fromLocation");
            case RETURN -> {
                require(from == null && to != null, "toLocation", FieldRule.MOVEMENT_NEEDS, "a return needs toLocation",
                        "movement", type.name(), "needs", List.of("toLocation"), "without", "fromLocation");
                if (!to.location().kind().receivesReturns()) {
                    throw new NotAReturnLocation(to.location().code(), to.location().kind());
                }
                require(to.condition() == Condition.DEFECTIVE, "condition", FieldRule.RETURNS_DEFECTIVE,
                        "returned material always lands DEFECTIVE");
            }
            case SUPPLIER_RETURN -> require(from != null && to == null, "fromLocation", FieldRule.MOVEMENT_NEEDS,
                    "a return to the supplier needs fromLocation",
                    "movement", type.name(), "needs", List.of("fromLocation"), "without", "toLocation");
            case ISSUE, SCRAP -> require(from != null && to == null, "fromLocation", FieldRule.MOVEMENT_NEEDS,
                    "an " + type.name().toLowerCase() + " needs fromLocation", "movement", type.name(),
                    "needs", List.of("fromLocation"), "without", "toLocation");
            case TRANSFER -> {
                require(from != null && to != null, "toLocation", FieldRule.MOVEMENT_NEEDS,
                        "a transfer needs fromLocation and toLocation", "movement", type.name(),
                        "needs", List.of("fromLocation", "toLocation"));
                require(from.location().id() != to.location().id(), "toLocation", FieldRule.TRANSFER_ELSEWHERE,
                        "a transfer must go to another location than " + from.location().code(),
                        "location", from.location().code());
                require(from.condition() == to.condition(), "toCondition", FieldRule.KEEPS_CONDITION,
                        "a transfer keeps the condition; use REGRADE to change it", "movement", type.name());
            }
            case REGRADE -> {
                require(from != null && to != null, "toCondition", FieldRule.MOVEMENT_NEEDS,
                        "a regrade needs fromCondition and toCondition", "movement", type.name(),
                        "needs", List.of("fromCondition", "toCondition"));
                require(from.location().id() == to.location().id(), "toLocation", FieldRule.REGRADE_IN_PLACE,
                        "a regrade happens in place; use TRANSFER to move stock");
                require(from.condition() != to.condition(), "toCondition", FieldRule.REGRADE_CHANGES,
                        "a regrade must change the condition (it is already " + from.condition() + ")",
                        "condition", from.condition().name());
            }
            case ADJUSTMENT -> require((from == null) != (to == null), "delta", FieldRule.ADJUSTMENT_ONE_PLACE,
                    "an adjustment changes one place");
        }
    }

    private static void require(boolean condition, String field, FieldRule rule, String message, Object... facts) {
        if (!condition) {
            throw new InvalidRequest(field, rule, message, facts);
        }
    }
}
