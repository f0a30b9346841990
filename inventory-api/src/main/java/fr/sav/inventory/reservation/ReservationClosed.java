package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Conflict;

import java.util.Locale;
import java.util.Map;

/** Refused: the reservation is no longer ACTIVE (nor awaiting, for a release), so it cannot be closed again. */
final class ReservationClosed extends Conflict {

    private final long id;
    private final ReservationStatus status;

    ReservationClosed(long id, ReservationStatus status, ReservationStatus outcome) {
        super("invalid-transition", "Reservation is closed", "Reservation " + id + " is " + status
                + "; only an ACTIVE reservation can be " + outcome.name().toLowerCase(Locale.ROOT),
                Map.of("id", id, "currentStatus", status.name()));
        this.id = id;
        this.status = status;
    }

    long id() {
        return id;
    }

    ReservationStatus status() {
        return status;
    }
}
