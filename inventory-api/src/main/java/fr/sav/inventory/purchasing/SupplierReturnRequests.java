package fr.sav.inventory.purchasing;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The bodies of return-to-vendor requests. */
public final class SupplierReturnRequests {

    private SupplierReturnRequests() {
    }

    /** Material going back; {@code force} sends a WARRANTY return the warranty check refused. */
    @Serdeable
    public record Create(@NotBlank @Size(max = 32) String supplier, @NotNull ReturnReason reason,
                         @Nullable @Size(max = 20) String purchaseRequest, @Nullable Boolean force,
                         @NotNull @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines) {
    }

    /** What leaves, from where; {@code condition} defaults to the unit's, else to the reason's usual one. */
    @Serdeable
    public record Line(@NotBlank @Size(max = 40) String sku, @NotNull @Positive @Max(1_000_000) Integer quantity,
                       @Nullable @Size(max = 40) String serial, @Nullable Condition condition,
                       @NotBlank @Size(max = 32) String location) {
    }

    /** The amount the supplier credited, in the supplier's currency. */
    @Serdeable
    public record Credit(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    /** The replacement that arrived, received NEW at {@code location}. */
    @Serdeable
    public record Replace(@NotBlank @Size(max = 32) String location,
                          @NotNull @NotEmpty @Size(max = 500) List<@NotNull @Valid Replacement> lines) {
    }

    /** One replaced part; serialized parts list their {@code serials}. */
    @Serdeable
    public record Replacement(@NotBlank @Size(max = 40) String sku, @NotNull @Positive @Max(1_000_000) Integer quantity,
                              @Nullable @Size(max = 1000) List<@NotBlank String> serials) {
    }

    /** Why the supplier refused it, and the WORKSHOP location it comes back to. */
    @Serdeable
    public record Reject(@NotBlank @Size(max = 500) String note, @NotBlank @Size(max = 32) String location) {
    }
}
