package fr.sav.inventory.reservation;

/** A reservation's life. */
public enum ReservationStatus {
    /** Stock is held for the reference. */
    ACTIVE,
    /** Waits for a repair order's output; ACTIVE on it when the order completes. */
    AWAITING_REPAIR,
    /** Waits for a purchase; ACTIVE on the pieces when they are received. */
    AWAITING_RECEIPT,
    /** The held stock was issued to the reference. */
    FULFILLED,
    /** Given back before use. */
    RELEASED,
    /** Given back by the scheduler: its needed-by date plus the grace period passed. */
    EXPIRED;

    /** Holds nothing yet: waits for a repair or a purchase. */
    public boolean awaiting() {
        return this == AWAITING_REPAIR || this == AWAITING_RECEIPT;
    }
}
