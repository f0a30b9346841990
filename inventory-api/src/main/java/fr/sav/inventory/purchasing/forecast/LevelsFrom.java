package fr.sav.inventory.purchasing.forecast;

/** What set a suggestion's reorder point and order-up-to level. */
public enum LevelsFrom {
    /** The demand forecast, the lead time and the service level. */
    FORECAST,
    /** A buyer's hand-set policy (initial provisioning, a supplier's recommendation), instead of the forecast. */
    HAND_SET,
    /** The exchange pool size, raising the forecast's order-up-to to it. */
    EXCHANGE_POOL
}
