package fr.sav.inventory.exchange;

/** Where a standard exchange stands with the core the customer owes. */
public enum ExchangeStatus {
    /** The customer has the working unit and still owes the faulty one. */
    CORE_OWED,
    /** The core came back and went to the workshop. */
    CORE_RECEIVED,
    /** The core never came: the customer pays the core charge instead. */
    CORE_CHARGED
}
