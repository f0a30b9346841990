package fr.sav.inventory.loan;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Where;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Loans in the database. */
@Singleton
class LoanStore {

    private final Sql sql;

    LoanStore(Sql sql) {
        this.sql = sql;
    }

    void insert(Loan loan) {
        sql.update("INSERT INTO loan (number, kind, part_id, serial, lent_condition, lent_location, lent_value, "
                        + "customer_ref, repair_order, due_date, status, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", loan.number(), loan.kind(), loan.partId(),
                loan.serial(), loan.lentCondition(), loan.lentLocationId(), loan.lentValue(), loan.customerRef(),
                loan.repairOrder(), Date.valueOf(loan.dueDate()), loan.status(), loan.createdAt(), loan.createdBy());
    }

    void update(Loan loan) {
        sql.update("UPDATE loan SET status = ?, returned_to = ?, returned_at = ?, returned_by = ? WHERE id = ?",
                loan.status(), loan.returnedToId(), loan.returnedAt(), loan.returnedBy(), loan.id());
    }

    Loan lock(String number) {
        return sql.one("SELECT * FROM loan WHERE number = ? FOR UPDATE", LoanStore::loan, number)
                .orElseThrow(() -> new NotFound("loan", number));
    }

    Loan get(String number) {
        return sql.one("SELECT * FROM loan WHERE number = ?", LoanStore::loan, number)
                .orElseThrow(() -> new NotFound("loan", number));
    }

    List<Loan> find(Filter filter, int limit, long offset) {
        Where where = filter.where();
        return sql.list("SELECT * FROM loan" + where.clause() + " ORDER BY due_date, id LIMIT ? OFFSET ?",
                LoanStore::loan, where.values(limit, offset));
    }

    long count(Filter filter) {
        Where where = filter.where();
        return sql.count("SELECT COUNT(*) FROM loan" + where.clause(), where.values());
    }

    long lent(long partId) {
        return sql.count("SELECT COUNT(*) FROM loan WHERE part_id = ? AND status = 'LENT'", partId);
    }

    /** The repair order reconditioning the loan's returned unit (the first, if the workshop opened more). */
    @Nullable String reconditioningOrder(String number) {
        return sql.one("SELECT repair_order FROM loan_reconditioning WHERE loan_number = ? ORDER BY repair_order LIMIT 1",
                row -> row.getString(1), number).orElse(null);
    }

    /** A list's filters; {@code overdueOn} keeps loans still lent past their due date on that day. */
    record Filter(@Nullable LoanStatus status, @Nullable Long partId, @Nullable String repairOrder,
                  @Nullable LocalDate overdueOn) {

        Where where() {
            return new Where().and("status = ?", status).and("part_id = ?", partId).and("repair_order = ?", repairOrder)
                    .and("status = 'LENT' AND due_date < ?", overdueOn == null ? null : Date.valueOf(overdueOn));
        }
    }

    private static Loan loan(ResultSet row) throws SQLException {
        return new Loan(row.getLong("id"), row.getString("number"), LoanKind.valueOf(row.getString("kind")),
                row.getLong("part_id"), row.getString("serial"), Condition.valueOf(row.getString("lent_condition")),
                row.getLong("lent_location"), row.getBigDecimal("lent_value"), row.getString("customer_ref"),
                row.getString("repair_order"), row.getDate("due_date").toLocalDate(),
                LoanStatus.valueOf(row.getString("status")), Sql.longValue(row, "returned_to"),
                Sql.instant(row, "returned_at"), row.getString("returned_by"), Sql.instant(row, "created_at"),
                row.getString("created_by"));
    }
}
