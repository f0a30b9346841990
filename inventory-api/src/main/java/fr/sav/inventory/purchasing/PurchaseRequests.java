package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The bodies of purchase request requests. */
public final class PurchaseRequests {

    private PurchaseRequests() {
    }

    /** A request by hand ({@code supplier} and {@code lines}) or from the reorder suggestions ({@code fromSuggestions}). */
    @Serdeable
    public record Create(@Nullable @Size(max = 32) String supplier,
                         @Nullable @Size(max = 500) List<@NotNull @Valid NewLine> lines,
                         @Nullable Boolean fromSuggestions,
                         @Nullable @Size(max = 60) String family,
                         @Nullable @Size(max = 500) String note) {
    }

    /** A line by hand; {@code reference} names the repair order the parts are for, to allocate them on receipt. */
    @Serdeable
    public record NewLine(@NotBlank @Size(max = 40) String sku, @NotNull @Positive @Max(1_000_000) Integer quantity,
                          @Nullable LocalDate neededBy, @Nullable @Size(max = 64) String reference) {
    }

    @Serdeable
    public record Receive(@NotNull @NotEmpty @Size(max = 500) List<@NotNull @Valid Received> lines) {
    }

    /**
     * What arrived: {@code qualityCheck} lands it DEFECTIVE in a QUARANTINE location until released;
     * serialized parts list their {@code serials}.
     */
    @Serdeable
    public record Received(@NotBlank @Size(max = 40) String sku, @NotNull @Positive @Max(1_000_000) Integer quantity,
                           @NotBlank @Size(max = 32) String location, @Nullable fr.sav.inventory.stock.Condition condition,
                           @Nullable Boolean qualityCheck, @Nullable @Size(max = 1000) List<@NotBlank String> serials) {
    }

    /** What {@code fromSuggestions} created, and the suggested parts no supplier offer could serve. */
    @Serdeable
    public record Created(List<PurchaseRequestView> requests, List<String> skippedWithoutOffer) {
    }
}
