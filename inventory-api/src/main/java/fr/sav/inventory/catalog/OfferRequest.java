package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A supplier's offer as a buyer enters it by hand. */
@Serdeable
public record OfferRequest(@NotBlank @Size(max = 60) String supplierRef,
                           @NotBlank String sku,
                           @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 4) BigDecimal price,
                           @Nullable @Pattern(regexp = "[A-Za-z]{3}", message = "must be a 3-letter ISO 4217 code") String currency,
                           @Nullable @Positive @Max(1_000_000) Integer minOrderQty,
                           @Nullable @Positive @Max(1_000_000) Integer packSize,
                           @Nullable @PositiveOrZero @Max(3650) Integer leadTimeDays,
                           @Nullable Boolean preferred,
                           @Nullable @PositiveOrZero @Max(600) Integer warrantyMonths) {
}
