package fr.sav.inventory.dashboard;

import fr.sav.inventory.loan.LoanStatus;
import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Units lent or rented to customers, and those past their due date, read in the caller's transaction. */
@Singleton
class LoanFigures {

    /** The overdue loans listed by name, the most overdue first. */
    static final int OVERDUE_LISTED = 10;

    private final Sql sql;

    LoanFigures(Sql sql) {
        this.sql = sql;
    }

    DashboardView.Loans loans(LocalDate today) {
        long lent = sql.count("SELECT COUNT(*) FROM loan WHERE status = ?", LoanStatus.LENT);
        long overdue = sql.count("SELECT COUNT(*) FROM loan WHERE status = ? AND due_date < ?", LoanStatus.LENT, today);
        List<DashboardView.LateLoan> latest = sql.list("SELECT l.number, l.kind, p.sku, l.serial, l.customer_ref, "
                        + "l.due_date FROM loan l JOIN part p ON p.id = l.part_id WHERE l.status = ? AND l.due_date < ? "
                        + "ORDER BY l.due_date, l.id LIMIT " + OVERDUE_LISTED,
                row -> {
                    LocalDate due = row.getDate("due_date").toLocalDate();
                    return new DashboardView.LateLoan(row.getString("number"), row.getString("kind"), row.getString("sku"),
                            row.getString("serial"), row.getString("customer_ref"), due, ChronoUnit.DAYS.between(due, today));
                }, LoanStatus.LENT, today);
        return new DashboardView.Loans(lent, overdue, latest);
    }
}
