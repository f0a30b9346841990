package fr.sav.inventory.catalog;

import java.util.Map;

/** Parts a price list created: the ids of the parts it asked for, by sku, and how many of them it created. */
public record NewParts(Map<String, Long> ids, int created) {
}
