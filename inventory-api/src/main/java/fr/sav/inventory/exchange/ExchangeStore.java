package fr.sav.inventory.exchange;

import fr.sav.inventory.shared.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Standard exchanges, loaded and saved whole, and the counts pool sizing needs. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExchangeStore extends CrudRepository<Exchange, Long> {

    Optional<Exchange> findByNumber(String number);

    /** Reads the exchange and locks it until the transaction ends: settling one exchange happens once. */
    Optional<Exchange> findByNumberForUpdate(String number);

    default Exchange get(String number) {
        return findByNumber(number).orElseThrow(() -> new NotFound("exchange", number));
    }

    default Exchange lock(String number) {
        return findByNumberForUpdate(number).orElseThrow(() -> new NotFound("exchange", number));
    }

    String FILTER = " WHERE (:status IS NULL OR status = :status) AND (:partId IS NULL OR part_id = :partId)"
            + " AND (:overdueOn IS NULL OR (status = :owed AND core_due_date < :overdueOn))";

    @Query("SELECT * FROM standard_exchange" + FILTER + " ORDER BY core_due_date, id LIMIT :limit OFFSET :offset")
    List<Exchange> filtered(@Nullable ExchangeStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                            ExchangeStatus owed, int limit, long offset);

    @Query("SELECT COUNT(*) FROM standard_exchange" + FILTER)
    long countFiltered(@Nullable ExchangeStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                       ExchangeStatus owed);

    /** A page of exchanges, soonest core due first; {@code overdueOn}: only cores still owed after their due day. */
    default List<Exchange> find(@Nullable ExchangeStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn,
                                int limit, long offset) {
        return filtered(status, partId, overdueOn, ExchangeStatus.CORE_OWED, limit, offset);
    }

    default long count(@Nullable ExchangeStatus status, @Nullable Long partId, @Nullable LocalDate overdueOn) {
        return countFiltered(status, partId, overdueOn, ExchangeStatus.CORE_OWED);
    }

    long countByPartIdAndStatus(long partId, ExchangeStatus status);

    default int coresOwed(long partId) {
        return (int) countByPartIdAndStatus(partId, ExchangeStatus.CORE_OWED);
    }

    long countByPartIdAndCreatedAtGreaterThanEquals(long partId, Instant since);

    default int issuedSince(long partId, Instant since) {
        return (int) countByPartIdAndCreatedAtGreaterThanEquals(partId, since);
    }
}
