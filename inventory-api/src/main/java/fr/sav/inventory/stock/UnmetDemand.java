package fr.sav.inventory.stock;

/** Pieces asked for under a reference that stock could not serve. */
public record UnmetDemand(String reference, String sku, int quantity) {
}
