package fr.sav.inventory.catalog;

/** Where stock can be, and what may happen there. */
public enum LocationKind {
    /** The central store (magasin central). */
    STORE,
    /** A bin inside a store. */
    BIN,
    /** The workshop store (magasin de l'atelier): returned material lands here. */
    WORKSHOP,
    /** A technician's van stock (stock véhicule). */
    VAN,
    /** Quarantine / inspection area (à expertiser): returned material may land here. */
    QUARANTINE,
    /** Items whose repair quote waits for the customer's answer. */
    AWAITING_CUSTOMER,
    /** Material sent out to a subcontractor for repair. */
    SUBCONTRACTOR,
    /** Goods between two places (en transit): counted and valued, available nowhere; moved only by a transfer order. */
    TRANSIT;

    /** Returned material (cores, unused parts, rental returns) may only land in these. */
    public boolean receivesReturns() {
        return this == WORKSHOP || this == QUARANTINE;
    }

    /** DEFECTIVE stock lives only here, where it can be inspected or repaired. */
    public boolean holdsDefective() {
        return receivesReturns() || this == SUBCONTRACTOR || this == TRANSIT;
    }
}
