package fr.sav.inventory.imports;

/** What an uploaded CSV file holds. */
public enum ImportKind {
    /** A supplier's price list: offers matched to our parts. */
    SUPPLIER_CATALOG,
    /** An inventory count of a location: differences become adjustments. */
    STOCK_COUNT,
    /** Legacy usage per part and period: demand history for reorder suggestions. */
    CONSUMPTION_HISTORY
}
