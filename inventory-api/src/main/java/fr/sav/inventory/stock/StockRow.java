package fr.sav.inventory.stock;

import io.micronaut.serde.annotation.Serdeable;

/** One stock level: a part in a condition at a location. */
@Serdeable
public record StockRow(String sku, String location, Condition condition, int onHand, int reserved, int available) {
}
