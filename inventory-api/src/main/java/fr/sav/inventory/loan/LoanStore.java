package fr.sav.inventory.loan;

import fr.sav.inventory.shared.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Loans, loaded and saved whole. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LoanStore extends CrudRepository<Loan, Long> {

    Optional<Loan> findByNumber(String number);

    /** Reads the loan and locks it until the transaction ends: a unit comes back once. */
    Optional<Loan> findByNumberForUpdate(String number);

    default Loan get(String number) {
        return findByNumber(number).orElseThrow(() -> new NotFound("loan", number));
    }

    default Loan lock(String number) {
        return findByNumberForUpdate(number).orElseThrow(() -> new NotFound("loan", number));
    }

    String FILTER = " WHERE (:status IS NULL OR status = :status) AND (:partId IS NULL OR part_id = :partId)"
            + " AND (:repairOrder IS NULL OR repair_order = :repairOrder)"
            + " AND (:overdueOn IS NULL OR (status = :lent AND due_date < :overdueOn))";

    @Query("SELECT * FROM loan" + FILTER + " ORDER BY due_date, id LIMIT :limit OFFSET :offset")
    List<Loan> filtered(@Nullable LoanStatus status, @Nullable Long partId, @Nullable String repairOrder,
                        @Nullable LocalDate overdueOn, LoanStatus lent, int limit, long offset);

    @Query("SELECT COUNT(*) FROM loan" + FILTER)
    long countFiltered(@Nullable LoanStatus status, @Nullable Long partId, @Nullable String repairOrder,
                       @Nullable LocalDate overdueOn, LoanStatus lent);

    default List<Loan> find(Filter filter, int limit, long offset) {
        return filtered(filter.status(), filter.partId(), filter.repairOrder(), filter.overdueOn(), LoanStatus.LENT,
                limit, offset);
    }

    default long count(Filter filter) {
        return countFiltered(filter.status(), filter.partId(), filter.repairOrder(), filter.overdueOn(),
                LoanStatus.LENT);
    }

    long countByPartIdAndStatus(long partId, LoanStatus status);

    default long lent(long partId) {
        return countByPartIdAndStatus(partId, LoanStatus.LENT);
    }

    @Query("SELECT repair_order FROM loan_reconditioning WHERE loan_number = :number ORDER BY repair_order LIMIT 1")
    Optional<String> firstReconditioningOrder(String number);

    /** The repair order reconditioning the loan's returned unit (the first, if the workshop opened more). */
    default @Nullable String reconditioningOrder(String number) {
        return firstReconditioningOrder(number).orElse(null);
    }

    /** A list's filters; {@code overdueOn} keeps loans still lent past their due date on that day. */
    record Filter(@Nullable LoanStatus status, @Nullable Long partId, @Nullable String repairOrder,
                  @Nullable LocalDate overdueOn) {
    }
}
