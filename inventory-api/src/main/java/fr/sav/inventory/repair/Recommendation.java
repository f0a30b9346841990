package fr.sav.inventory.repair;

/** What the economic rule recommends after diagnosis. */
public enum Recommendation {
    REPAIR, EXCHANGE, SCRAP
}
