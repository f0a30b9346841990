package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A part's hand-set policy; {@code applies} says whether the suggestions follow it today, and {@code reason} why
 * not when they do not (its day passed, or the part has 26 weeks of its own history).
 */
@Serdeable
public record StockPolicyView(String sku, String name, @Nullable String family, @Nullable Integer min,
                              @Nullable Integer max, @Nullable Integer initialQuantity, @Nullable LocalDate until,
                              String note, String setBy, Instant setAt, int ownHistoryWeeks, boolean applies,
                              @Nullable String reason) {
}
