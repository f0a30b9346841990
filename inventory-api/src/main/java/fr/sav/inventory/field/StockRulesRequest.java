package fr.sav.inventory.field;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A location's whole set of rules, as the storekeeper set or accepted them: what is left out has no rule any more. */
@Serdeable
public record StockRulesRequest(@NotNull @Size(max = 2000) List<@NotNull @Valid Rule> rules) {

    /** One part's minimum and maximum; the maximum at least the minimum, and above zero. */
    @Serdeable
    public record Rule(@NotBlank @Size(max = 40) String sku, @NotNull @PositiveOrZero @Max(1_000_000) Integer min,
                       @NotNull @PositiveOrZero @Max(1_000_000) Integer max) {
    }
}
