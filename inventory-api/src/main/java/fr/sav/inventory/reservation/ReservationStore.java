package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.shared.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/** Reservations with their lines: the two mapped tables put together, the lines' parts and locations resolved. */
@Singleton
class ReservationStore {

    private final ReservationRows rows;
    private final ReservationLines lines;
    private final Catalog catalog;

    ReservationStore(ReservationRows rows, ReservationLines lines, Catalog catalog) {
        this.rows = rows;
        this.lines = lines;
        this.catalog = catalog;
    }

    long insert(Reservation reservation) {
        long id = rows.save(ReservationRow.of(reservation)).id();
        reservation.lines().forEach(line -> lines.save(ReservationLine.of(id, line)));
        return id;
    }

    /** A waiting reservation now holds one more line, and perhaps becomes ACTIVE. */
    void arrived(Reservation reservation, HeldLine line) {
        lines.save(ReservationLine.of(reservation.id(), line));
        rows.update(ReservationRow.of(reservation));
    }

    /** Whether a reservation waits (in that status) for the repair order or purchase request. */
    boolean awaited(String awaited, ReservationStatus status) {
        return rows.existsByAwaitingAndStatus(awaited, status);
    }

    /** The reservations waiting (in that status) for the repair order or purchase request, locked, oldest first. */
    List<Reservation> lockAwaiting(String awaited, ReservationStatus status) {
        return rows.lockAwaiting(awaited, status).stream().map(this::reservation).toList();
    }

    void close(Reservation reservation) {
        rows.update(ReservationRow.of(reservation));
    }

    /** Reads the reservation and locks it until the transaction ends. */
    Reservation lock(long id) {
        return rows.findByIdForUpdate(id).map(this::reservation)
                .orElseThrow(() -> new NotFound("reservation", String.valueOf(id)));
    }

    Reservation get(long id) {
        return rows.findById(id).map(this::reservation)
                .orElseThrow(() -> new NotFound("reservation", String.valueOf(id)));
    }

    List<Reservation> find(@Nullable String reference, @Nullable Long partId, @Nullable ReservationStatus status,
                           int limit, long offset) {
        return rows.filtered(reference, partId, status, limit, offset).stream().map(this::reservation).toList();
    }

    long count(@Nullable String reference, @Nullable Long partId, @Nullable ReservationStatus status) {
        return rows.countFiltered(reference, partId, status);
    }

    /** ACTIVE reservations for the reference, locked, oldest first. */
    List<Long> lockActive(String reference) {
        return rows.lockIds(reference, ReservationStatus.ACTIVE);
    }

    /** ACTIVE reservations needed before the day, locked; those another instance is expiring are skipped. */
    List<Long> lockExpired(LocalDate neededBefore, int limit) {
        return rows.lockIdsNeededBefore(ReservationStatus.ACTIVE, neededBefore, limit);
    }

    private Reservation reservation(ReservationRow row) {
        List<HeldLine> held = lines.findByReservationIdOrderById(row.id()).stream()
                .map(line -> new HeldLine(catalog.part(line.partId()), catalog.location(line.locationId()),
                        line.condition(), line.serial(), line.quantity())).toList();
        return new Reservation(row.id(), row.reference(), row.partId(), row.quantity(), row.neededBy(), row.status(),
                row.createdAt(), row.createdBy(), row.closedAt(), held, row.source(), row.awaiting());
    }
}
