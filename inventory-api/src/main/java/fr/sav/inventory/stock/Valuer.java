package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.PartInfo;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * Values a movement as the ledger records it and moves the running totals in the same transaction: a receipt at its
 * unit cost (else the standard cost's share for its condition), a return at the DEFECTIVE share, a regrade into
 * DEFECTIVE or USED at that condition's share, stock found by a count at the average; whatever leaves a condition
 * takes its average out, and a repair's cost is added to the unit it made usable. The unit cost it settles on is
 * recorded with the movement, so that a replay of the ledger finds the same values.
 */
@Singleton
class Valuer {

    private final StockValues values;
    private final ValueShares shares;

    Valuer(StockValues values, ValueShares shares) {
        this.values = values;
        this.shares = shares;
    }

    /** The movement, its unit cost settled, and its value; the totals have moved. */
    Valued value(StockChange change) {
        PartInfo part = change.part();
        Place from = change.from();
        Place to = change.to();
        ValueTotal source = from == null ? ValueTotal.NONE : values.lock(part.id(), from.condition());
        boolean atAverage = to != null && from == null && change.type() == MovementType.ADJUSTMENT
                && change.unitCost() == null && change.fixedValue() == null;
        ValueTotal target = atAverage ? values.lock(part.id(), to.condition()) : ValueTotal.NONE;
        StockChange costed = change.costing(unitCost(change, atAverage && target.quantity() > 0));
        MovementValue value = MovementValue.of(facts(costed), source, target);
        boolean moves = from == null || to == null || from.condition() != to.condition() || value.added() != null;
        if (from != null && moves) {
            values.add(part.id(), from.condition(), -change.quantity(), value.given().negate());
        }
        if (to != null && moves) {
            values.add(part.id(), to.condition(), change.quantity(), value.value());
        }
        return new Valued(costed, value);
    }

    static MovementValue.Facts facts(StockChange change) {
        return new MovementValue.Facts(change.quantity(), change.from() == null ? null : change.from().condition(),
                change.to() == null ? null : change.to().condition(), change.to() == null ? null : change.unitCost(),
                change.fixedValue(), change.repairCost());
    }

    private BigDecimal unitCost(StockChange change, boolean foundAtAverage) {
        Place to = change.to();
        if (to == null || change.fixedValue() != null) {
            return to == null ? change.unitCost() : null;
        }
        BigDecimal standard = shares.unitCost(change.part(), to.condition());
        if (change.from() != null) {
            return change.type() == MovementType.REGRADE && ValueShares.atShare(to.condition()) ? standard : null;
        }
        return switch (change.type()) {
            case RETURN -> standard;
            case ADJUSTMENT -> change.unitCost() != null ? change.unitCost() : foundAtAverage ? null : standard;
            default -> change.unitCost() != null ? change.unitCost() : standard;
        };
    }

    /** A movement ready for the ledger with what it is worth. */
    record Valued(StockChange change, MovementValue value) {
    }
}
