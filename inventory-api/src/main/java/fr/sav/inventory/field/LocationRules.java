package fr.sav.inventory.field;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A location's rules (min and max per part), by sku. */
@Serdeable
public record LocationRules(String location, List<StockRuleView> rules) {
}
