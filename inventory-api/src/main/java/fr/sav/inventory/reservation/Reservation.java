package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Stock held for a reference, line by line; only an ACTIVE reservation can be fulfilled, released or expire. */
record Reservation(long id, String reference, long partId, int quantity, @Nullable LocalDate neededBy,
                   ReservationStatus status, Instant createdAt, String createdBy, @Nullable Instant closedAt,
                   List<HeldLine> lines) {

    Reservation close(ReservationStatus outcome, Instant at) {
        if (status != ReservationStatus.ACTIVE) {
            throw new Conflict("invalid-transition", "Reservation is closed", "Reservation " + id + " is " + status
                    + "; only an ACTIVE reservation can be " + outcome.name().toLowerCase(),
                    Map.of("id", id, "currentStatus", status.name()));
        }
        return new Reservation(id, reference, partId, quantity, neededBy, outcome, createdAt, createdBy, at, lines);
    }
}
