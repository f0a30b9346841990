package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A hand-set policy as a buyer sets it: at least one of min, max and initial quantity, and why (note). */
@Serdeable
public record StockPolicyRequest(@Nullable Integer min, @Nullable Integer max, @Nullable Integer initialQuantity,
                                 @Nullable LocalDate until, @Nullable String note) {
}
