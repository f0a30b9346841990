package fr.sav.inventory.reservation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The lines reservations hold: added, never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReservationLines extends GenericRepository<ReservationLine, Long> {

    ReservationLine save(ReservationLine line);

    List<ReservationLine> findByReservationIdOrderById(long reservationId);
}
