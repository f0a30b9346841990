package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Script;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values a movement as the ledger records it and moves the running totals in the same transaction: a receipt at its
 * unit cost (else the standard cost's share for its condition), a return at the DEFECTIVE share, a regrade into
 * DEFECTIVE or USED at that condition's share, stock found by a count at the average; whatever leaves a condition
 * takes its average out, and a repair's cost is added to the unit it made usable. The unit cost it settles on is
 * recorded with the movement, so that a replay of the ledger finds the same values.
 */
@Singleton
class Valuer {

    private final ValueShares shares;

    Valuer(ValueShares shares) {
        this.shares = shares;
    }

    /**
     * Adds to the script the reads the movement's value depends on, their rows locked: the total it takes its average
     * from, and the total a count's found stock enters at its average.
     */
    Reads reads(StockChange change, Script script) {
        long part = change.part().id();
        int source = change.from() == null || exitAtAverage(change) ? Reads.NONE
                : StockValues.lock(script, part, change.from().condition());
        int target = foundAtAverage(change) ? StockValues.lock(script, part, change.to().condition()) : Reads.NONE;
        return new Reads(source, target);
    }

    /**
     * Whether the movement changes one level and its value needs no total read first (a receipt, a return, stock found
     * at a given cost; an exit at the average, which the database values as it takes the pieces out): its level, total
     * and row are then one call ({@link StockMovements#appendOneSide}).
     */
    static boolean oneSide(StockChange change) {
        return change.from() == null ? change.to() != null && !foundAtAverage(change)
                : change.to() == null && exitAtAverage(change);
    }

    /**
     * The movement, its unit cost settled, and its value, from the totals as they stood before it; an exit at the
     * average is valued by the database as it takes the pieces out ({@link Valued#byDatabase()}).
     */
    Valued value(StockChange change, Reads reads, List<Script.Outcome> outcomes) {
        ValueTotal target = reads.target(outcomes);
        StockChange costed = change.costing(unitCost(change, foundAtAverage(change) && target.quantity() > 0));
        return new Valued(costed, exitAtAverage(change) ? null
                : MovementValue.of(facts(costed), reads.source(outcomes), target));
    }

    /** Adds to the script the statements that move the running totals by the movement's value (two sides, or a read). */
    void record(Valued valued, Script script) {
        StockChange change = valued.change();
        long part = change.part().id();
        MovementValue value = valued.value();
        Place from = change.from();
        Place to = change.to();
        boolean moves = from == null || to == null || from.condition() != to.condition() || value.added() != null;
        if (from != null && moves) {
            StockValues.add(script, part, from.condition(), -change.quantity(), value.given().negate());
        }
        if (to != null && moves) {
            StockValues.add(script, part, to.condition(), change.quantity(), value.value());
        }
    }

    /**
     * Whether the movement only takes stock out at its source's average (an issue, a scrap, a return to the supplier,
     * stock found missing): its value is the share the database computes as it moves the total ({@link #oneSide}), so
     * that it costs no read before the row is written.
     */
    private static boolean exitAtAverage(StockChange change) {
        return change.from() != null && change.to() == null && change.fixedValue() == null;
    }

    private static boolean foundAtAverage(StockChange change) {
        return change.to() != null && change.from() == null && change.type() == MovementType.ADJUSTMENT
                && change.unitCost() == null && change.fixedValue() == null;
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

    /**
     * A movement ready for the ledger with what it is worth; the value is null while the database computes it (an exit
     * at the average), until the row written {@link #settled} it.
     */
    record Valued(StockChange change, @Nullable MovementValue value) {

        boolean byDatabase() {
            return value == null;
        }

        /** The value the movement's row holds, as its insert returned it (unit value, then value). */
        Valued settled(BigDecimal unitValue, BigDecimal value) {
            return byDatabase() ? new Valued(change, new MovementValue(unitValue, value, null)) : this;
        }
    }

    /** Where in a script the totals a movement's value depends on were read ({@link #NONE} when not needed). */
    record Reads(int source, int target) {

        static final int NONE = -1;

        /** Nothing read. */
        static final Reads NOTHING = new Reads(NONE, NONE);

        ValueTotal source(List<Script.Outcome> outcomes) {
            return source == NONE ? ValueTotal.NONE : StockValues.read(outcomes.get(source));
        }

        ValueTotal target(List<Script.Outcome> outcomes) {
            return target == NONE ? ValueTotal.NONE : StockValues.read(outcomes.get(target));
        }
    }
}
