package fr.sav.inventory.stock;

/** Where a serialized unit is in its life. */
public enum UnitStatus {
    /** On hand in a company location. */
    IN_STOCK,
    /** On hand, held for a reservation. */
    RESERVED,
    /** Issued to a repair order or intervention. */
    ISSUED,
    /** In the workshop under a repair order. */
    IN_REPAIR,
    /** Sent to a subcontractor for repair. */
    AT_SUBCONTRACTOR,
    /** With a customer (an exchange unit, a lent unit, a repaired customer item). */
    AT_CUSTOMER,
    /** Out of stock for good. */
    SCRAPPED,
    /** Sent back to its supplier (a return to vendor): not ours on hand until the supplier sends it back. */
    AT_SUPPLIER;

    /** Whether the unit is counted in the company's on-hand stock. */
    public boolean onHand() {
        return this == IN_STOCK || this == RESERVED || this == IN_REPAIR || this == AT_SUBCONTRACTOR;
    }
}
