package fr.sav.inventory.reservation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reservations' own rows; the locking reads take their rows in id order, so that two closings never deadlock. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReservationRows extends CrudRepository<ReservationRow, Long> {

    /** Reads the reservation and locks it until the transaction ends. */
    Optional<ReservationRow> findByIdForUpdate(Long id);

    boolean existsByAwaitingAndStatus(String awaiting, ReservationStatus status);

    @Query("SELECT * FROM reservation WHERE awaiting = :awaited AND status = :status ORDER BY id FOR UPDATE")
    List<ReservationRow> lockAwaiting(String awaited, ReservationStatus status);

    @Query("SELECT id FROM reservation WHERE status = :status AND reference = :reference ORDER BY id FOR UPDATE")
    List<Long> lockIds(String reference, ReservationStatus status);

    /** Those another instance is expiring are skipped. */
    @Query("SELECT id FROM reservation WHERE status = :status AND needed_by < :neededBefore ORDER BY id LIMIT :limit "
            + "FOR UPDATE SKIP LOCKED")
    List<Long> lockIdsNeededBefore(ReservationStatus status, LocalDate neededBefore, int limit);

    String FILTER = " WHERE (:reference IS NULL OR reference = :reference) AND (:partId IS NULL OR part_id = :partId"
            + " OR id IN (SELECT reservation_id FROM reservation_line WHERE part_id = :partId))"
            + " AND (:status IS NULL OR status = :status)";

    @Query("SELECT * FROM reservation" + FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<ReservationRow> filtered(@Nullable String reference, @Nullable Long partId, @Nullable ReservationStatus status,
                                  int limit, long offset);

    @Query("SELECT COUNT(*) FROM reservation" + FILTER)
    long countFiltered(@Nullable String reference, @Nullable Long partId, @Nullable ReservationStatus status);
}
