package fr.sav.inventory.reservation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A reservation's own row, without its lines: what Micronaut Data loads and saves of {@link Reservation}. */
@MappedEntity("reservation")
record ReservationRow(@Id @GeneratedValue @Nullable Long id, String reference, long partId, int quantity,
                      @Nullable LocalDate neededBy, ReservationStatus status, Instant createdAt, String createdBy,
                      @Nullable Instant closedAt, Source source, @Nullable String awaiting) {

    static ReservationRow of(Reservation reservation) {
        return new ReservationRow(reservation.id() == 0 ? null : reservation.id(), reservation.reference(),
                reservation.partId(), reservation.quantity(), reservation.neededBy(), reservation.status(),
                reservation.createdAt(), reservation.createdBy(), reservation.closedAt(), reservation.source(),
                reservation.awaiting());
    }
}
