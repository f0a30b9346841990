package fr.sav.inventory.stock;

/** The state a piece of stock is in; a part number can sit in several conditions at once. */
public enum Condition {
    /** Neuf: from a supplier, never used. */
    NEW,
    /** Réparé: a fault was fixed, tested. */
    REPAIRED,
    /** Reconditionné: fully refurbished, graded as good as new. */
    RECONDITIONED,
    /** D'occasion: harvested from a scrapped appliance, tested (level-1 repairs). */
    USED,
    /** À réparer: came back faulty and must be inspected before anything else; never usable for a repair. */
    DEFECTIVE;

    /** Whether stock in this condition may serve a repair. */
    public boolean usable() {
        return this != DEFECTIVE;
    }
}
