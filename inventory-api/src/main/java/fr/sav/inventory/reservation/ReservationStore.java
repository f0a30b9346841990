package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationDirectory;
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

/** Reservations and their lines in the database. */
@Singleton
class ReservationStore {

    private final Sql sql;
    private final Catalog catalog;
    private final LocationDirectory locations;

    ReservationStore(Sql sql, Catalog catalog, LocationDirectory locations) {
        this.sql = sql;
        this.catalog = catalog;
        this.locations = locations;
    }

    long insert(Reservation reservation) {
        long id = sql.insert("INSERT INTO reservation (reference, part_id, quantity, needed_by, status, created_at, "
                        + "created_by, source, awaiting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", reservation.reference(),
                reservation.partId(), reservation.quantity(), date(reservation.neededBy()), reservation.status(),
                reservation.createdAt(), reservation.createdBy(), reservation.source(), reservation.awaiting());
        reservation.lines().forEach(line -> insertLine(id, line));
        return id;
    }

    /** A waiting reservation now holds one more line, and perhaps becomes ACTIVE. */
    void arrived(Reservation reservation, HeldLine line) {
        insertLine(reservation.id(), line);
        sql.update("UPDATE reservation SET status = ? WHERE id = ?", reservation.status(), reservation.id());
    }

    private void insertLine(long reservationId, HeldLine line) {
        sql.update("INSERT INTO reservation_line (reservation_id, part_id, location_id, item_condition, serial, "
                        + "quantity) VALUES (?, ?, ?, ?, ?, ?)", reservationId, line.part().id(), line.location().id(),
                line.condition(), line.serial(), line.quantity());
    }

    /** Whether a reservation waits (in that status) for the repair order or purchase request. */
    boolean awaited(String awaited, ReservationStatus status) {
        return sql.count("SELECT COUNT(*) FROM reservation WHERE awaiting = ? AND status = ?", awaited, status) > 0;
    }

    /** The reservations waiting (in that status) for the repair order or purchase request, locked, oldest first. */
    List<Reservation> lockAwaiting(String awaited, ReservationStatus status) {
        return sql.list("SELECT * FROM reservation WHERE awaiting = ? AND status = ? ORDER BY id FOR UPDATE",
                this::reservation, awaited, status);
    }

    void close(Reservation reservation) {
        sql.update("UPDATE reservation SET status = ?, closed_at = ? WHERE id = ?", reservation.status(),
                reservation.closedAt(), reservation.id());
    }

    /** Reads the reservation and locks it until the transaction ends. */
    Reservation lock(long id) {
        return sql.one("SELECT * FROM reservation WHERE id = ? FOR UPDATE", this::reservation, id)
                .orElseThrow(() -> new NotFound("reservation", String.valueOf(id)));
    }

    Reservation get(long id) {
        return sql.one("SELECT * FROM reservation WHERE id = ?", this::reservation, id)
                .orElseThrow(() -> new NotFound("reservation", String.valueOf(id)));
    }

    List<Reservation> find(@Nullable String reference, @Nullable Long partId, @Nullable ReservationStatus status,
                           int limit, long offset) {
        Where where = where(reference, partId, status);
        return sql.list("SELECT * FROM reservation" + where.clause() + " ORDER BY id DESC LIMIT ? OFFSET ?",
                this::reservation, where.values(limit, offset));
    }

    long count(@Nullable String reference, @Nullable Long partId, @Nullable ReservationStatus status) {
        Where where = where(reference, partId, status);
        return sql.count("SELECT COUNT(*) FROM reservation" + where.clause(), where.values());
    }

    /** ACTIVE reservations for the reference, locked, oldest first. */
    List<Long> lockActive(String reference) {
        return sql.list("SELECT id FROM reservation WHERE status = 'ACTIVE' AND reference = ? ORDER BY id FOR UPDATE",
                row -> row.getLong(1), reference);
    }

    /** ACTIVE reservations needed before the day, locked; those another instance is expiring are skipped. */
    List<Long> lockExpired(LocalDate neededBefore, int limit) {
        return sql.list("SELECT id FROM reservation WHERE status = 'ACTIVE' AND needed_by < ? ORDER BY id LIMIT ? "
                + "FOR UPDATE SKIP LOCKED", row -> row.getLong(1), date(neededBefore), limit);
    }

    private static Where where(@Nullable String reference, @Nullable Long partId, @Nullable ReservationStatus status) {
        return new Where().and("reference = ?", reference)
                .and("(part_id = ? OR id IN (SELECT reservation_id FROM reservation_line WHERE part_id = ?))", partId, partId)
                .and("status = ?", status);
    }

    private Reservation reservation(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        Date neededBy = row.getDate("needed_by");
        String closed = row.getString("status");
        return new Reservation(id, row.getString("reference"), row.getLong("part_id"), row.getInt("quantity"),
                neededBy == null ? null : neededBy.toLocalDate(), ReservationStatus.valueOf(closed),
                Sql.instant(row, "created_at"), row.getString("created_by"), Sql.instant(row, "closed_at"), lines(id),
                Source.valueOf(row.getString("source")), row.getString("awaiting"));
    }

    private List<HeldLine> lines(long reservationId) {
        return sql.list("SELECT * FROM reservation_line WHERE reservation_id = ? ORDER BY id",
                row -> new HeldLine(catalog.part(row.getLong("part_id")), locations.location(row.getLong("location_id")),
                        Condition.valueOf(row.getString("item_condition")), row.getString("serial"),
                        row.getInt("quantity")), reservationId);
    }

    private static Date date(@Nullable LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
