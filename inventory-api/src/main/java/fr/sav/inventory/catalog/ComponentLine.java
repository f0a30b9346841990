package fr.sav.inventory.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** One line of an assembly's bill of materials: a component part and how many the assembly holds. */
@Serdeable
public record ComponentLine(@NotBlank String sku, @Positive @Max(10_000) int quantity) {
}
