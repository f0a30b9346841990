package fr.sav.inventory.field;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A location's minimum and maximum for a part: below {@code min} it is replenished up to {@code max}. A proposed
 * rule says how it was found ({@code method}, {@code forecastPerWeek}).
 */
@Serdeable
public record StockRuleView(String sku, String name, int min, int max, @Nullable String method,
                            @Nullable Double forecastPerWeek) {
}
