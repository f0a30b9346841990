package fr.sav.inventory.stock;

/** Why material came back in a RETURN; only what came back faulty counts as one of the unit's returns. */
public enum ReturnReason {
    /** It failed in the field: a faulty part back from a technician or a customer. */
    FAULTY,
    /** Taken for an intervention and not used: still to inspect, but not a failure. */
    UNUSED,
    /** The faulty unit a customer owed for a standard exchange. */
    CORE,
    /** A loaned or rented unit coming back at the end of the loan. */
    LOAN_END;

    /** DOMAIN rule 12: a return counts when the unit came back faulty (a core is a faulty unit). */
    public boolean countsAsReturn() {
        return this == FAULTY || this == CORE;
    }
}
