package fr.sav.inventory.stock;

/** Where the unmet demand was seen: a refused issue, a refused reservation, an exchange with an empty pool. */
public enum DemandSource { ISSUE, RESERVATION, EXCHANGE }
