package fr.sav.inventory.reservation;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stock held for a reference, line by line, from a source; a reservation that waits (for a repair order's output
 * or a purchase, named by {@code awaiting}) holds nothing until it arrives. Only an ACTIVE reservation can be
 * fulfilled or expire; a waiting one can also be released.
 */
record Reservation(long id, String reference, long partId, int quantity, @Nullable LocalDate neededBy,
                   ReservationStatus status, Instant createdAt, String createdBy, @Nullable Instant closedAt,
                   List<HeldLine> lines, Source source, @Nullable String awaiting) {

    /** A reservation that holds nothing yet: it waits for what will serve it. */
    static Reservation awaiting(String reference, long partId, int quantity, @Nullable LocalDate neededBy,
                                ReservationStatus status, Source source, String awaited, Instant at, String actor) {
        return new Reservation(0, reference, partId, quantity, neededBy, status, at, actor, null, List.of(), source,
                awaited);
    }

    Reservation close(ReservationStatus outcome, Instant at) {
        boolean waitingReleased = status.awaiting() && outcome == ReservationStatus.RELEASED;
        if (status != ReservationStatus.ACTIVE && !waitingReleased) {
            throw new ReservationClosed(id, status, outcome);
        }
        return new Reservation(id, reference, partId, quantity, neededBy, outcome, createdAt, createdBy, at, lines,
                source, awaiting);
    }

    /** How many pieces it still waits for. */
    int outstanding() {
        return quantity - lines.stream().mapToInt(HeldLine::quantity).sum();
    }

    /** The waiting reservation now also holds this line; ACTIVE once it holds its whole quantity. */
    Reservation arrived(HeldLine line) {
        List<HeldLine> held = new ArrayList<>(lines);
        held.add(line);
        Reservation next = new Reservation(id, reference, partId, quantity, neededBy, status, createdAt, createdBy,
                closedAt, held, source, awaiting);
        return next.outstanding() > 0 ? next : new Reservation(id, reference, partId, quantity, neededBy,
                ReservationStatus.ACTIVE, createdAt, createdBy, closedAt, held, source, awaiting);
    }
}
