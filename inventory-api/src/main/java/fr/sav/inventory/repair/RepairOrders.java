package fr.sav.inventory.repair;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Repair orders, loaded and saved whole. The queries that pick them by status take the statuses from
 * {@link RepairStatus#closed()}, never as SQL literals.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RepairOrders extends CrudRepository<RepairOrder, Long> {

    Optional<RepairOrder> findByNumber(String number);

    /** Reads the order and locks it until the transaction ends: actions on one order queue up. */
    Optional<RepairOrder> findByNumberForUpdate(String number);

    default RepairOrder get(String number) {
        return findByNumber(number).orElseThrow(() -> new NotFound("repair order", number));
    }

    default RepairOrder lock(String number) {
        return findByNumberForUpdate(number).orElseThrow(() -> new NotFound("repair order", number));
    }

    String FILTER = " WHERE (:status IS NULL OR status = :status) AND (:partId IS NULL OR part_id = :partId)"
            + " AND (:overdueOn IS NULL OR (expected_date < :overdueOn AND status NOT IN (:closed)))";

    @Query("SELECT * FROM repair_order" + FILTER + " ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<RepairOrder> filtered(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                               List<RepairStatus> closed, int limit, long offset);

    @Query("SELECT COUNT(*) FROM repair_order" + FILTER)
    long countFiltered(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                       List<RepairStatus> closed);

    /** A page of orders, newest first; {@code overdueOn}: only open orders expected before that day. */
    default List<RepairOrder> find(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                                   int limit, long offset) {
        return filtered(status, partId, overdueOn, RepairStatus.closed(), limit, offset);
    }

    default long count(@Nullable RepairStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn) {
        return countFiltered(status, partId, overdueOn, RepairStatus.closed());
    }

    @Query("SELECT * FROM repair_order WHERE part_id = :partId AND owner = :owner AND status NOT IN (:closed) "
            + "ORDER BY expected_date IS NULL, expected_date, id")
    List<RepairOrder> openOrders(long partId, Owner owner, List<RepairStatus> closed);

    /** Open company orders for a part, soonest expected first: supply that will come back. */
    default List<RepairOrder> openForPart(long partId) {
        return openOrders(partId, Owner.COMPANY, RepairStatus.closed());
    }

    @Query("SELECT COUNT(*) FROM repair_order WHERE serial = :serial AND id <> :otherThan "
            + "AND completed_condition IN (:worked) AND status NOT IN (:ended) AND closed_at BETWEEN :from AND :to")
    long countWorkedOn(String serial, long otherThan, List<Condition> worked, List<RepairStatus> ended, Instant from,
                       Instant to);

    /** Whether another order repaired or reconditioned this serial and closed within the period. */
    default boolean repairedBetween(String serial, long otherThan, Instant from, Instant to) {
        return countWorkedOn(serial, otherThan, List.of(Condition.REPAIRED, Condition.RECONDITIONED),
                List.of(RepairStatus.SCRAPPED, RepairStatus.EXCHANGED), from, to) > 0;
    }

    /** The standard exchange whose core this CORE_RETURN order reconditions, if any. */
    @Query("SELECT number FROM standard_exchange WHERE repair_order = :number")
    Optional<String> exchangeOfCore(String number);

    /** The loan whose returned unit this company order reconditions (the loan_reconditioning view's rule). */
    @Query("SELECT loan_number FROM loan_reconditioning WHERE repair_order = :number")
    Optional<String> loanOfUnit(String number);
}
