package fr.sav.inventory.repair;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Repair orders and their history in the database. */
@Singleton
class RepairOrderStore {

    private final Sql sql;

    RepairOrderStore(Sql sql) {
        this.sql = sql;
    }

    void insert(RepairOrder order) {
        order.id = sql.insert("INSERT INTO repair_order (number, status, origin, owner, part_id, serial, description, "
                        + "customer_ref, location_id, workshop_id, expected_date, received_at, return_count, issued_in, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                order.number, order.status, order.origin, order.owner, order.partId, order.serial, order.description,
                order.customerRef, order.locationId, order.workshopId, date(order.expectedDate), order.receivedAt,
                order.returnCount, order.issuedInExchange, order.createdBy);
    }

    void update(RepairOrder order) {
        sql.update("UPDATE repair_order SET status = ?, location_id = ?, expected_date = ?, findings = ?, "
                        + "estimated_cost = ?, estimated_minutes = ?, subcontract_quote = ?, estimated_total = ?, "
                        + "threshold = ?, recommendation = ?, recommendation_note = ?, "
                        + "quote_amount = ?, subcontractor_id = ?, subcontract_cost = ?, labor_minutes = ?, labor_cost = ?, "
                        + "parts_cost = ?, total_cost = ?, completed_condition = ?, diagnosis_fee = ?, exchange_number = ?, closed_at = ? "
                        + "WHERE id = ?",
                order.status, order.locationId, date(order.expectedDate), order.findings, order.estimatedCost,
                order.estimatedMinutes, order.subcontractQuote, order.estimatedTotal, order.threshold,
                order.recommendation, order.recommendationNote, order.quoteAmount,
                order.subcontractorId, order.subcontractCost, order.laborMinutes, order.laborCost, order.partsCost,
                order.totalCost, order.completedCondition, order.diagnosisFee, order.exchangeNumber, order.closedAt,
                order.id);
    }

    /** Reads the order and locks it until the transaction ends: actions on one order queue up. */
    /** Whether another order repaired or reconditioned this serial and closed within the period. */
    boolean repairedBetween(String serial, long otherThan, Instant from, Instant to) {
        return sql.count("SELECT COUNT(*) FROM repair_order WHERE serial = ? AND id <> ? AND completed_condition IN "
                + "('REPAIRED', 'RECONDITIONED') AND status NOT IN ('SCRAPPED', 'EXCHANGED') AND closed_at BETWEEN ? AND ?",
                serial, otherThan, from, to) > 0;
    }

    RepairOrder lock(String number) {
        return sql.one("SELECT * FROM repair_order WHERE number = ? FOR UPDATE", RepairOrderStore::order, number)
                .orElseThrow(() -> new NotFound("repair order", number));
    }

    /** The standard exchange whose core this CORE_RETURN order reconditions, if any. */
    @Nullable
    String exchangeOfCore(String number) {
        return sql.one("SELECT number FROM standard_exchange WHERE repair_order = ?", row -> row.getString(1), number)
                .orElse(null);
    }

    /** The loan whose returned unit this company order reconditions (the loan_reconditioning view's rule). */
    String loanOfUnit(String number) {
        return sql.one("SELECT loan_number FROM loan_reconditioning WHERE repair_order = ?", row -> row.getString(1), number)
                .orElse(null);
    }

    RepairOrder get(String number) {
        return sql.one("SELECT * FROM repair_order WHERE number = ?", RepairOrderStore::order, number)
                .orElseThrow(() -> new NotFound("repair order", number));
    }

    List<RepairOrder> find(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                           int limit, long offset) {
        return sql.list("SELECT * FROM repair_order" + where(status, partId, overdueOn)
                        + " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?",
                RepairOrderStore::order, values(status, partId, overdueOn, limit, offset));
    }

    long count(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn) {
        return sql.count("SELECT COUNT(*) FROM repair_order" + where(status, partId, overdueOn),
                values(status, partId, overdueOn));
    }

    /** Open company orders for a part, soonest expected first: supply that will come back. */
    List<RepairOrder> openForPart(long partId) {
        return sql.list("SELECT * FROM repair_order WHERE part_id = ? AND owner = 'COMPANY' AND status NOT IN "
                + "('COMPLETED', 'READY_FOR_PICKUP', 'DELIVERED', 'SCRAPPED', 'EXCHANGED') "
                + "ORDER BY expected_date IS NULL, expected_date, id", RepairOrderStore::order, partId);
    }

    void event(RepairOrder order, String action, @Nullable RepairStatus from, @Nullable String note, Instant at,
               String actor) {
        sql.update("INSERT INTO repair_order_event (repair_order_id, action, from_status, to_status, location_id, note, "
                        + "occurred_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                order.id, action, from, order.status, order.locationId, note, at, actor);
    }

    List<RepairOrderView.Event> history(long orderId) {
        return sql.list("SELECT e.*, l.code FROM repair_order_event e LEFT JOIN location l ON l.id = e.location_id "
                        + "WHERE e.repair_order_id = ? ORDER BY e.id",
                row -> new RepairOrderView.Event(row.getString("action"), row.getString("from_status"),
                        row.getString("to_status"), row.getString("code"), row.getString("note"),
                        Sql.instant(row, "occurred_at"), row.getString("recorded_by")), orderId);
    }

    private static String where(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = ?");
        }
        if (partId != null) {
            where.append(" AND part_id = ?");
        }
        if (overdueOn != null) {
            where.append(" AND expected_date < ? AND status NOT IN ('COMPLETED', 'READY_FOR_PICKUP', 'DELIVERED', 'SCRAPPED', 'EXCHANGED')");
        }
        return where.toString();
    }

    private static Object[] values(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                                   Object... more) {
        List<Object> values = new java.util.ArrayList<>();
        if (status != null) {
            values.add(status);
        }
        if (partId != null) {
            values.add(partId);
        }
        if (overdueOn != null) {
            values.add(date(overdueOn));
        }
        values.addAll(List.of(more));
        return values.toArray();
    }

    private static Date date(@Nullable LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static RepairOrder order(ResultSet row) throws SQLException {
        RepairOrder order = new RepairOrder();
        order.id = row.getLong("id");
        order.number = row.getString("number");
        order.status = RepairStatus.valueOf(row.getString("status"));
        order.origin = Origin.valueOf(row.getString("origin"));
        order.owner = Owner.valueOf(row.getString("owner"));
        order.partId = Sql.longValue(row, "part_id");
        order.serial = row.getString("serial");
        order.description = row.getString("description");
        order.customerRef = row.getString("customer_ref");
        order.locationId = Sql.longValue(row, "location_id");
        order.workshopId = Sql.longValue(row, "workshop_id");
        Date expected = row.getDate("expected_date");
        order.expectedDate = expected == null ? null : expected.toLocalDate();
        order.receivedAt = Sql.instant(row, "received_at");
        order.returnCount = row.getInt("return_count");
        order.findings = row.getString("findings");
        order.estimatedCost = row.getBigDecimal("estimated_cost");
        order.estimatedMinutes = Sql.integer(row, "estimated_minutes");
        order.subcontractQuote = row.getBigDecimal("subcontract_quote");
        order.estimatedTotal = row.getBigDecimal("estimated_total");
        order.threshold = row.getBigDecimal("threshold");
        String recommendation = row.getString("recommendation");
        order.recommendation = recommendation == null ? null : Recommendation.valueOf(recommendation);
        order.recommendationNote = row.getString("recommendation_note");
        order.quoteAmount = row.getBigDecimal("quote_amount");
        order.subcontractorId = Sql.longValue(row, "subcontractor_id");
        order.subcontractCost = row.getBigDecimal("subcontract_cost");
        order.laborMinutes = Sql.integer(row, "labor_minutes");
        order.laborCost = row.getBigDecimal("labor_cost");
        order.partsCost = row.getBigDecimal("parts_cost");
        order.totalCost = row.getBigDecimal("total_cost");
        String completed = row.getString("completed_condition");
        order.completedCondition = completed == null ? null : Condition.valueOf(completed);
        order.diagnosisFee = row.getBigDecimal("diagnosis_fee");
        order.exchangeNumber = row.getString("exchange_number");
        order.issuedInExchange = row.getString("issued_in");
        order.closedAt = Sql.instant(row, "closed_at");
        order.createdBy = row.getString("created_by");
        return order;
    }
}
