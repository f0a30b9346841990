package fr.sav.inventory.exchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The bodies of standard exchange requests. */
public final class ExchangeRequests {

    private ExchangeRequests() {
    }

    /** A working unit for a customer, who owes the faulty one back within {@code coreDueDays}. */
    @Serdeable
    public record Issue(@NotBlank @Size(max = 40) String sku, @NotBlank @Size(max = 64) String customerRef,
                        @Nullable @Size(max = 40) String serial, @Nullable @PositiveOrZero @Max(365) Integer coreDueDays,
                        @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal coreCharge,
                        @Nullable @Size(max = 32) String location) {
    }

    /** A customer's item in repair taken as the core: the pool unit asked for (or the best), and the core charge. */
    @Serdeable
    public record ForRepairOrder(@Nullable @Size(max = 40) String poolSerial,
                                 @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal coreCharge) {
    }

    /** The core comes back, into a workshop or quarantine location. */
    @Serdeable
    public record Core(@Nullable @Size(max = 40) String serial, @NotBlank @Size(max = 32) String location) {
    }
}
