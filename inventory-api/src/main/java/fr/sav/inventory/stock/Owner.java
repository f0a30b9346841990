package fr.sav.inventory.stock;

/** Whose property a unit is: customer-owned items are tracked but never counted, valued or reserved. */
public enum Owner {
    /** Company stock. */
    COMPANY,
    /** A customer's item in repair. */
    CUSTOMER
}
