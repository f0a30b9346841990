package fr.sav.inventory.field;

/** Where a transfer order stands. */
public enum TransferOrderStatus {
    /** Prepared: the stock is still at the sending location, available there. */
    OPEN,
    /** Shipped: the stock left the sending location and is in transit (counted, valued, available nowhere). */
    IN_TRANSIT,
    /** Received: what arrived entered the receiving location; what did not was adjusted out of transit. */
    RECEIVED
}
