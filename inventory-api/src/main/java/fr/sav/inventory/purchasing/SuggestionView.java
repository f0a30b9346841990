package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * One part to reorder, with every number that produced the quantity and the explanation in words;
 * {@code leadTimeSource} says whether the lead time was OBSERVED (the supplier's median delivery), the OFFER's, or
 * the DEFAULT; {@code levelsFrom} whether the FORECAST, a HAND_SET policy or the EXCHANGE_POOL set the reorder point
 * and order-up-to; {@code repairYield} and {@code coreReturnRate} what the position counted repairs and cores with.
 */
@Serdeable
public record SuggestionView(String sku, String name, @Nullable String family, @Nullable String supplier,
                             long onHandUsable, long reserved, long onOrder, int inRepairExpected, int coresDue,
                             double position, double forecastPerWeek, String method, String classification,
                             int leadTimeDays, String leadTimeSource, double safetyStock, int reorderPoint, int orderUpTo,
                             int neededQuantity, int suggestedQuantity, @Nullable BigDecimal unitPrice,
                             @Nullable BigDecimal lineTotal, String explanation, String levelsFrom,
                             double repairYield, double coreReturnRate) {
}
