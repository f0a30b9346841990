package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DOMAIN rule 17, shown rather than chosen: what fails within the supplier's warranty goes back to the supplier,
 * so a FAULTY return of a unit or lot the warranty still covers is flagged, on the movement, on the unit and on
 * its repair order, for someone to decide.
 */
@Singleton
class VendorReturnProposals {

    private static final Set<UnitStatus> BACK_WITH_US = Set.of(UnitStatus.IN_STOCK, UnitStatus.IN_REPAIR);

    private final List<SupplierCovers> covers;
    private final Sql sql;
    private final Clock clock;

    VendorReturnProposals(List<SupplierCovers> covers, Sql sql, Clock clock) {
        this.covers = covers;
        this.sql = sql;
        this.clock = clock;
    }

    /** The last receipt of the unit (or, with no serial, of the part) from a supplier. */
    public Optional<SupplierCover> cover(long partId, @Nullable String serial) {
        return covers.stream().map(c -> c.lastReceipt(partId, serial)).flatMap(Optional::stream).findFirst();
    }

    /** Whether an item received into the workshop at {@code at} is still under its supplier's warranty. */
    public boolean proposed(long partId, @Nullable String serial, Instant at) {
        return cover(partId, serial).filter(c -> c.covers(at)).isPresent();
    }

    /** The movement as answered: a FAULTY return says whether the supplier's warranty covers what came back. */
    MovementView flag(StockChange change, MovementView done) {
        if (change.type() != MovementType.RETURN || change.reason() != ReturnReason.FAULTY) {
            return done;
        }
        return cover(change.part().id(), change.serial())
                .map(c -> done.withSupplierWarranty(c.covers(done.occurredAt()) ? c.until() : null, c.supplier(),
                        c.covers(done.occurredAt())))
                .orElse(done);
    }

    UnitSupplierWarranty of(UnitInfo unit) {
        SupplierCover cover = unit.owner() == Owner.COMPANY ? cover(unit.partId(), unit.serial()).orElse(null) : null;
        if (cover == null) {
            return UnitSupplierWarranty.NONE;
        }
        boolean proposed = unit.condition() == Condition.DEFECTIVE && BACK_WITH_US.contains(unit.status())
                && lastFaultyReturn(unit.serial(), cover.receivedAt()).filter(cover::covers).isPresent();
        return new UnitSupplierWarranty(cover, cover.covers(clock.instant()) ? cover.until() : null, proposed);
    }

    /** The unit's last FAULTY return since it was received, unless it has gone back to the supplier since. */
    private Optional<Instant> lastFaultyReturn(String serial, Instant since) {
        return sql.one("SELECT m.occurred_at FROM stock_movement m WHERE m.serial = ? AND m.type = 'RETURN' "
                        + "AND m.return_reason = 'FAULTY' AND m.occurred_at >= ? AND NOT EXISTS (SELECT 1 FROM "
                        + "stock_movement s WHERE s.serial = m.serial AND s.type = 'SUPPLIER_RETURN' "
                        + "AND s.occurred_at >= m.occurred_at) ORDER BY m.occurred_at DESC LIMIT 1",
                row -> Sql.instant(row, "occurred_at"), serial, since);
    }
}
