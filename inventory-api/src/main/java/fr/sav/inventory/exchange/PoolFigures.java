package fr.sav.inventory.exchange;

import fr.sav.inventory.repair.Origin;
import fr.sav.inventory.repair.RepairStatus;
import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The figures pool sizing reads over exchanges and core repairs: a join with the catalog and means of durations
 * computed by the database ({@code TIMESTAMPDIFF}), which a repository does not express.
 */
@Singleton
class PoolFigures {

    private final Sql sql;

    PoolFigures(Sql sql) {
        this.sql = sql;
    }

    /** The parts exchanged since the instant, with their sku and family. */
    List<ExchangedPart> partsIssuedSince(Instant since) {
        return sql.list("SELECT p.id, p.sku, p.family FROM part p WHERE p.id IN (SELECT part_id FROM standard_exchange "
                        + "WHERE created_at >= ?) ORDER BY p.sku",
                row -> new ExchangedPart(row.getLong(1), row.getString(2), row.getString(3)), since);
    }

    /** Mean days between issuing the unit and receiving the core, over cores received since the instant. */
    @Nullable Double meanCoreReturnDays(long partId, Instant since) {
        return sql.one("SELECT AVG(TIMESTAMPDIFF(SECOND, created_at, core_received_at)) / 86400 FROM standard_exchange "
                + "WHERE part_id = ? AND core_received_at >= ?", PoolFigures::nullableDouble, partId, since).orElse(null);
    }

    /** Mean days a core spent in the workshop, over core repairs closed since the instant. */
    @Nullable Double meanRepairDays(long partId, Instant since) {
        return sql.one("SELECT AVG(TIMESTAMPDIFF(SECOND, received_at, closed_at)) / 86400 FROM repair_order "
                + "WHERE part_id = ? AND origin = ? AND status = ? AND closed_at >= ?",
                PoolFigures::nullableDouble, partId, Origin.CORE_RETURN, RepairStatus.COMPLETED, since).orElse(null);
    }

    private static Double nullableDouble(ResultSet row) throws SQLException {
        double value = row.getDouble(1);
        return row.wasNull() ? null : value;
    }
}
