package fr.sav.inventory.loan;

/** Where a loan stands. */
public enum LoanStatus {
    /** The customer has the unit; it is out of stock, available nowhere. */
    LENT,
    /** The unit came back DEFECTIVE to the workshop, to be inspected before reuse. */
    RETURNED
}
