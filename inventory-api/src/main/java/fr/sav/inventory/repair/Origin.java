package fr.sav.inventory.repair;

/** How an item came to the workshop. */
public enum Origin {
    /** The faulty unit a customer owed for a standard exchange. */
    CORE_RETURN,
    /** A part a technician took out and brought back (unused or faulty). */
    TECHNICIAN_RETURN,
    /** A customer's own item left for repair. */
    CUSTOMER_DROP_OFF,
    /** Defective stock found on the shelves. */
    STOCK_DEFECTIVE
}
