package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Codes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A part as a client creates or replaces it. */
@Serdeable
public record PartRequest(@Nullable @Size(max = 40) @Pattern(regexp = Codes.PATTERN, message = "may hold only letters, digits, '.', '-' and '_' and must start with a letter or a digit") String sku,
                          @NotBlank @Size(max = 200) String name,
                          @Nullable @Size(max = 60) String family,
                          @Nullable @Size(max = 100) String manufacturer,
                          @Nullable @Size(max = 60) String manufacturerRef,
                          @Nullable @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "must be 8, 12, 13 or 14 digits") String gtin,
                          @Nullable @Pattern(regexp = "[A-Za-z]{1,16}", message = "must be 1 to 16 letters, e.g. PIECE") String unit,
                          @Nullable Boolean serialized,
                          @Nullable Boolean repairable,
                          @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal standardCost,
                          @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal exchangePrice) {
}
