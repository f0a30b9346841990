package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A supplier as clients see it and create it. */
@Serdeable
public record SupplierView(@NotBlank String code,
                           @NotBlank @Size(max = 200) String name,
                           @Nullable @Email @Size(max = 200) String email,
                           @Nullable @Pattern(regexp = "[A-Za-z]{3}", message = "must be a 3-letter ISO 4217 code") String currency,
                           @Nullable @PositiveOrZero @Max(3650) Integer leadTimeDays) {
}
