package fr.sav.inventory.stock;

/** What a scanned code turned out to be. */
public enum ScanKind {
    PART, LOCATION, UNIT, REPAIR_ORDER, EXCHANGE, PURCHASE_REQUEST
}
