package fr.sav.inventory.repair;

import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of repair order requests. */
public final class RepairRequests {

    private RepairRequests() {
    }

    /** An item entering the workshop. */
    @Serdeable
    public record Open(@Nullable @Size(max = 40) String sku, @Nullable @Size(max = 40) String serial,
                       @Nullable @Size(max = 500) String description, @NotNull Owner owner, @NotNull Origin origin,
                       @Nullable @Size(max = 32) String location, @Nullable @Size(max = 64) String customerRef,
                       @Nullable LocalDate expectedDate) {
    }

    @Serdeable
    public record Diagnose(@NotBlank @Size(max = 1000) String findings,
                           @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal estimatedCost,
                           @NotNull @PositiveOrZero @Max(100_000) Integer estimatedMinutes,
                           @Nullable LocalDate expectedDate,
                           @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal subcontractQuote) {
    }

    @Serdeable
    public record Quote(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                        @Nullable @Size(max = 32) String location) {
    }

    @Serdeable
    public record SendOut(@NotBlank @Size(max = 32) String supplier, @NotNull LocalDate expectedDate,
                          @Nullable @Size(max = 32) String location) {
    }

    @Serdeable
    public record ReceiveBack(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal cost) {
    }

    @Serdeable
    public record Complete(@NotNull Condition condition, @NotNull @PositiveOrZero @Max(100_000) Integer laborMinutes,
                           @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal cost) {
    }

    /** Scrap the item; a customer's item needs {@code customerConsent: true} and yields no harvest. */
    @Serdeable
    public record Scrap(@Nullable @Size(max = 100) List<@Valid @NotNull Harvest> harvest,
                        @Nullable Boolean customerConsent) {

        boolean consented() {
            return Boolean.TRUE.equals(customerConsent);
        }
    }

    /** Hand a customer's item back unrepaired, with the diagnosis fee if one applies. */
    @Serdeable
    public record ReturnUnrepaired(@Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal fee,
                                   @Nullable @Size(max = 500) String note) {
    }

    /** A component taken out of a scrapped item into stock. */
    @Serdeable
    public record Harvest(@NotBlank String sku, @Nullable @Positive @Max(1000) Integer quantity,
                          @Nullable Condition condition, @Nullable @Size(max = 40) String serial) {
    }

    /** A step without a body of its own (approve, refuse, start, deliver), with an optional note. */
    @Serdeable
    public record Step(@Nullable @Size(max = 500) String note) {
    }
}
