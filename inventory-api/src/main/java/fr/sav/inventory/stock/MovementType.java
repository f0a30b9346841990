package fr.sav.inventory.stock;

/** What a stock movement does. Each entry and exit of parts is one movement in the ledger. */
public enum MovementType {
    /** Into a location from outside (a supplier delivery); condition NEW unless said. */
    RECEIPT,
    /** Out of a location to a repair order or intervention (the reference). */
    ISSUE,
    /** Back from a technician or customer: always lands DEFECTIVE in a WORKSHOP or QUARANTINE location. */
    RETURN,
    /** From one location to another, same condition. */
    TRANSFER,
    /** From one condition to another in place: the result of an inspection or a repair. */
    REGRADE,
    /** A counted difference, signed, with a mandatory note. */
    ADJUSTMENT,
    /** Out of stock for good. */
    SCRAP,
    /** Out of a location back to the supplier (a return to vendor); only through a supplier return. */
    SUPPLIER_RETURN;

    /** Issues consume stock for a repair: they count as demand for reorder suggestions. */
    public boolean isDemand() {
        return this == ISSUE;
    }
}
