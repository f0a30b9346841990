package fr.sav.inventory.loan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The bodies of loan requests. */
public final class LoanRequests {

    private LoanRequests() {
    }

    /**
     * A unit lent (or rented) to a customer until {@code dueDate}: the serial asked for, or the best usable unit of the
     * sku; {@code customerRef} defaults to the repair order's customer.
     */
    @Serdeable
    public record Lend(@Nullable @Size(max = 40) String serial, @Nullable @Size(max = 40) String sku,
                       @Nullable @Size(max = 64) String customerRef, @Nullable @Size(max = 20) String repairOrder,
                       @NotNull LocalDate dueDate, @Nullable LoanKind kind) {
    }

    /** The lent unit comes back, into a workshop or quarantine location. */
    @Serdeable
    public record Return(@NotBlank @Size(max = 32) String location) {
    }
}
