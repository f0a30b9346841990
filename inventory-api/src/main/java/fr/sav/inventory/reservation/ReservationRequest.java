package fr.sav.inventory.reservation;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A reservation for a repair order or intervention (the reference); constraints narrow what may serve it.
 * {@code source} says which option of the cascade serves it (STOCK by default): IN_REPAIR names the
 * {@code repairOrder} whose output it waits for, CANNIBALISE the assembly to take apart ({@code assemblySerial}
 * or {@code assemblySku}, in the workshop {@code location}), PURCHASE buys it from the best offer.
 */
@Serdeable
public record ReservationRequest(@NotBlank @Size(max = 40) String sku,
                                 @NotNull @Positive @Max(10_000) Integer quantity,
                                 @NotBlank @Size(max = 64) String reference,
                                 @Nullable LocalDate neededBy,
                                 @Nullable Condition condition,
                                 @Nullable @Size(max = 32) String location,
                                 @Nullable @Size(max = 40) String serial,
                                 @Nullable Boolean allowEquivalents,
                                 @Nullable Source source,
                                 @Nullable @Size(max = 40) String repairOrder,
                                 @Nullable @Size(max = 40) String assemblySerial,
                                 @Nullable @Size(max = 40) String assemblySku) {

    /** A reservation from stock. */
    public static ReservationRequest fromStock(String sku, int quantity, String reference, @Nullable LocalDate neededBy,
                                               @Nullable Condition condition, @Nullable String location,
                                               @Nullable String serial, @Nullable Boolean allowEquivalents) {
        return new ReservationRequest(sku, quantity, reference, neededBy, condition, location, serial, allowEquivalents,
                Source.STOCK, null, null, null);
    }

    Source sourceOrStock() {
        return source == null || source == Source.EQUIVALENT_STOCK ? Source.STOCK : source;
    }
}
