package fr.sav.inventory.loan;

/** What the customer has the unit on. */
public enum LoanKind {
    /** Lent free of charge while the customer's own item is in repair (prêt). */
    LOAN,
    /** Rented to the customer (location). */
    RENTAL
}
