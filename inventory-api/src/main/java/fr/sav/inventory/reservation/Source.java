package fr.sav.inventory.reservation;

/** Where a requested part can come from, in the order the storekeeper walks them. */
public enum Source {
    /** Usable stock of the part itself. */
    STOCK,
    /** Usable stock in a technician's van: serves others only by a transfer (asked for with includeVans). */
    VAN_STOCK,
    /** Usable stock of a part that can replace it. */
    EQUIVALENT_STOCK,
    /** A unit of the part in an open repair order, expected back. */
    IN_REPAIR,
    /** A repaired assembly in stock that contains the part (cannibalisation). */
    CANNIBALISE,
    /** Buying it: the best supplier offer. */
    PURCHASE
}
