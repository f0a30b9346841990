package fr.sav.inventory.reservation;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One way to serve a request, ranked: {@code quantity} is how many of the requested pieces it can cover;
 * {@code reference} names the repair order (IN_REPAIR) or the part the assembly holds (CANNIBALISE).
 */
@Serdeable
public record AvailabilityOption(Source source, String sku, @Nullable Condition condition, @Nullable String location,
                                 @Nullable String serial, int quantity, @Nullable LocalDate expectedDate,
                                 @Nullable String supplier, @Nullable Integer leadTimeDays,
                                 @Nullable BigDecimal unitCost, @Nullable String reference) {

    static AvailabilityOption stock(Source source, String sku, Condition condition, String location,
                                    @Nullable String serial, int quantity) {
        return new AvailabilityOption(source, sku, condition, location, serial, quantity, null, null, null, null, null);
    }
}
