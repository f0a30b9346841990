package fr.sav.inventory.stock;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Script;
import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
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
    private final ValuationSnapshots snapshots;
    private final Sql sql;
    private final Clock clock;

    Ledger(StockLevels levels, StockMovements movements, StockUnits units, Valuer valuer, ValuationSnapshots snapshots,
           Sql sql, Clock clock) {
        this.levels = levels;
        this.snapshots = snapshots;
        this.valuer = valuer;
        this.movements = movements;
        this.units = units;
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * The levels, the running totals and the ledger row go to the database in as few round trips as the value allows:
     * one call when the movement changes one level and its value needs no total read first (a receipt, a return, and
     * an exit at the average, whose value the database computes as it takes the pieces out: {@link Valuer#oneSide}),
     * two scripts when it does (a transfer or a regrade, valued at its source's average; stock found by a count: the
     * levels and the locked totals first, then the totals' change and the row). A movement backdated before the
     * current month also deletes the valuation's snapshots after it, in the same round trip; no other movement adds
     * anything.
     */
    MovementView apply(StockChange change, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant occurredAt = change.occurredAt() == null ? now : change.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        Unit unitAfter = change.serial() == null ? null : moveUnit(change);
        Written written = Valuer.oneSide(change) ? inOneCall(change, occurredAt, now, actor)
                : inTwoScripts(change, occurredAt, now, actor);
        Object[] row = written.row();
        long id = ((Number) row[0]).longValue();
        Valuer.Valued valued = written.valued().settled((BigDecimal) row[1], (BigDecimal) row[2]);
        if (unitAfter != null) {
            units.save(unitAfter, now);
        }
        return view(id, valued, occurredAt, now, actor);
    }

    /** The movement valued, and its row as written: id, unit value, value. */
    private record Written(Valuer.Valued valued, Object[] row) {
    }

    /** One level, its value known or the database's: level, total and row in one call. */
    private Written inOneCall(StockChange change, Instant occurredAt, Instant now, String actor) {
        Valuer.Valued valued = valuer.value(change, Valuer.Reads.NOTHING, List.of());
        Script script = sql.script();
        int rowAt = movements.appendOneSide(script, valued, occurredAt, now, actor);
        backdated(change, script, occurredAt, now);
        List<Object[]> rows = script.run().get(rowAt).rows();
        if (rows.isEmpty()) {
            throw insufficient(change, change.from(), change.quantity());
        }
        return new Written(valued, rows.get(0));
    }

    /** Two levels, or a value read from a total: the levels and the locked totals, then the totals' change and the row. */
    private Written inTwoScripts(StockChange change, Instant occurredAt, Instant now, String actor) {
        Script script = sql.script();
        List<Side> sides = sides(change, script);
        Valuer.Reads reads = valuer.reads(change, script);
        List<Script.Outcome> read = script.run();
        check(change, sides, read);
        Valuer.Valued valued = valuer.value(change, reads, read);
        Script rest = sql.script();
        valuer.record(valued, rest);
        int rowAt = movements.append(rest, valued, occurredAt, now, actor);
        backdated(change, rest, occurredAt, now);
        return new Written(valued, rest.run().get(rowAt).rows().get(0));
    }

    private void backdated(StockChange change, Script script, Instant occurredAt, Instant now) {
        if (change.occurredAt() != null) {
            snapshots.backdated(script, occurredAt, now);
        }
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

    /** Adds each level's change to the script, in the fixed lock order (location, then condition). */
    private List<Side> sides(StockChange change, Script script) {
        List<Side> sides = new ArrayList<>(2);
        if (change.from() != null) {
            sides.add(new Side(change.from(), -change.quantity()));
        }
        if (change.to() != null) {
            sides.add(new Side(change.to(), change.quantity()));
        }
        sides.sort(Comparator.comparingLong((Side s) -> s.place.location().id()).thenComparing(s -> s.place.condition()));
        List<Side> added = new ArrayList<>(sides.size());
        for (Side side : sides) {
            added.add(side.at(levels.change(script, change.part().id(), side.place.location().id(), side.place.condition(),
                    side.delta, change.consumesReservation())));
        }
        return added;
    }

    /** An exit that changed no level found too little stock: the movement is refused with what there is. */
    private void check(StockChange change, List<Side> sides, List<Script.Outcome> outcomes) {
        for (Side side : sides) {
            if (side.delta < 0 && outcomes.get(side.statement).updated() != 1) {
                throw insufficient(change, side.place, -side.delta);
            }
        }
    }

    private InsufficientStock insufficient(StockChange change, Place place, int requested) {
        long partId = change.part().id();
        long locationId = place.location().id();
        Condition condition = place.condition();
        int available = change.consumesReservation()
                ? levels.reserved(partId, locationId, condition)
                : levels.available(partId, locationId, condition);
        return new InsufficientStock(change.part().sku(), place, requested, available);
    }

    /** One level the movement changes, and where in the script its statement is. */
    private record Side(Place place, int delta, int statement) {

        Side(Place place, int delta) {
            this(place, delta, -1);
        }

        Side at(int index) {
            return new Side(place, delta, index);
        }
    }
}
