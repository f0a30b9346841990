package fr.sav.inventory.reservation;

/** A reservation's life. */
public enum ReservationStatus {
    /** Stock is held for the reference. */
    ACTIVE,
    /** The held stock was issued to the reference. */
    FULFILLED,
    /** Given back before use. */
    RELEASED,
    /** Given back by the scheduler: its needed-by date plus the grace period passed. */
    EXPIRED
}
