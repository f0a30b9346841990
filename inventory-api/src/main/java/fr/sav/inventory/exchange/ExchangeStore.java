package fr.sav.inventory.exchange;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Where;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Standard exchanges in the database, and the figures pool sizing needs. */
@Singleton
class ExchangeStore {

    private final Sql sql;

    ExchangeStore(Sql sql) {
        this.sql = sql;
    }

    void insert(Exchange exchange) {
        sql.update("INSERT INTO standard_exchange (number, part_id, customer_ref, issued_serial, issued_condition, "
                        + "issued_location, core_due_date, core_charge, status, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", exchange.number(), exchange.partId(),
                exchange.customerRef(), exchange.issuedSerial(), exchange.issuedCondition(), exchange.issuedLocationId(),
                Date.valueOf(exchange.coreDueDate()), exchange.coreCharge(), exchange.status(), exchange.createdAt(),
                exchange.createdBy());
    }

    void update(Exchange exchange) {
        sql.update("UPDATE standard_exchange SET status = ?, core_serial = ?, core_received_at = ?, repair_order = ?, "
                        + "charged_at = ? WHERE id = ?", exchange.status(), exchange.coreSerial(), exchange.coreReceivedAt(),
                exchange.repairOrder(), exchange.chargedAt(), exchange.id());
    }

    Exchange lock(String number) {
        return sql.one("SELECT * FROM standard_exchange WHERE number = ? FOR UPDATE", ExchangeStore::exchange, number)
                .orElseThrow(() -> new NotFound("exchange", number));
    }

    Exchange get(String number) {
        return sql.one("SELECT * FROM standard_exchange WHERE number = ?", ExchangeStore::exchange, number)
                .orElseThrow(() -> new NotFound("exchange", number));
    }

    List<Exchange> find(@Nullable ExchangeStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                        int limit, long offset) {
        Where where = where(status, partId, overdueOn);
        return sql.list("SELECT * FROM standard_exchange" + where.clause()
                + " ORDER BY core_due_date, id LIMIT ? OFFSET ?", ExchangeStore::exchange, where.values(limit, offset));
    }

    long count(@Nullable ExchangeStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn) {
        Where where = where(status, partId, overdueOn);
        return sql.count("SELECT COUNT(*) FROM standard_exchange" + where.clause(), where.values());
    }

    int coresOwed(long partId) {
        return (int) sql.count("SELECT COUNT(*) FROM standard_exchange WHERE part_id = ? AND status = 'CORE_OWED'", partId);
    }

    /** The parts exchanged since the instant, with their sku and family. */
    List<ExchangePool.Exchanged> partsIssuedSince(Instant since) {
        return sql.list("SELECT p.id, p.sku, p.family FROM part p WHERE p.id IN (SELECT part_id FROM standard_exchange "
                        + "WHERE created_at >= ?) ORDER BY p.sku",
                row -> new ExchangePool.Exchanged(row.getLong(1), row.getString(2), row.getString(3)), since);
    }

    int issuedSince(long partId, Instant since) {
        return (int) sql.count("SELECT COUNT(*) FROM standard_exchange WHERE part_id = ? AND created_at >= ?", partId, since);
    }

    /** Mean days between issuing the unit and receiving the core, over cores received since the instant. */
    @Nullable Double meanCoreReturnDays(long partId, Instant since) {
        return sql.one("SELECT AVG(TIMESTAMPDIFF(SECOND, created_at, core_received_at)) / 86400 FROM standard_exchange "
                + "WHERE part_id = ? AND core_received_at >= ?", row -> nullableDouble(row), partId, since).orElse(null);
    }

    /** Mean days a core spent in the workshop, over core repairs closed since the instant. */
    @Nullable Double meanRepairDays(long partId, Instant since) {
        return sql.one("SELECT AVG(TIMESTAMPDIFF(SECOND, received_at, closed_at)) / 86400 FROM repair_order "
                + "WHERE part_id = ? AND origin = 'CORE_RETURN' AND status = 'COMPLETED' AND closed_at >= ?",
                row -> nullableDouble(row), partId, since).orElse(null);
    }

    private static Double nullableDouble(ResultSet row) throws SQLException {
        double value = row.getDouble(1);
        return row.wasNull() ? null : value;
    }

    private static Where where(@Nullable ExchangeStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn) {
        return new Where().and("status = ?", status).and("part_id = ?", partId)
                .and("status = 'CORE_OWED' AND core_due_date < ?", overdueOn == null ? null : Date.valueOf(overdueOn));
    }

    private static Exchange exchange(ResultSet row) throws SQLException {
        return new Exchange(row.getLong("id"), row.getString("number"), row.getLong("part_id"),
                row.getString("customer_ref"), row.getString("issued_serial"),
                Condition.valueOf(row.getString("issued_condition")), row.getLong("issued_location"),
                row.getDate("core_due_date").toLocalDate(), row.getBigDecimal("core_charge"),
                ExchangeStatus.valueOf(row.getString("status")), row.getString("core_serial"),
                Sql.instant(row, "core_received_at"), row.getString("repair_order"), Sql.instant(row, "charged_at"),
                Sql.instant(row, "created_at"), row.getString("created_by"));
    }
}
