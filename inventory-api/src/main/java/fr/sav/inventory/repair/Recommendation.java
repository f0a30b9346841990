package fr.sav.inventory.repair;

/** What the economic rule recommends after diagnosis. */
public enum Recommendation {
    /** Worth repairing. */
    REPAIR,
    /** A customer's item of an exchangeable part: offer a standard exchange. */
    EXCHANGE,
    /** A company item not worth repairing: scrap it and harvest what can be reused. */
    SCRAP,
    /** A customer's item not worth repairing and not exchangeable: hand it back unrepaired. */
    RETURN_UNREPAIRED
}
