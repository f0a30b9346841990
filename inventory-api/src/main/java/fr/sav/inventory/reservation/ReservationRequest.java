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

/** A reservation for a repair order or intervention (the reference); constraints narrow what may serve it. */
@Serdeable
public record ReservationRequest(@NotBlank @Size(max = 40) String sku,
                                 @NotNull @Positive @Max(10_000) Integer quantity,
                                 @NotBlank @Size(max = 64) String reference,
                                 @Nullable LocalDate neededBy,
                                 @Nullable Condition condition,
                                 @Nullable @Size(max = 32) String location,
                                 @Nullable @Size(max = 40) String serial,
                                 @Nullable Boolean allowEquivalents) {
}
