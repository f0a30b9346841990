package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What we know of a unit's (or a lot's) purchase: the supplier it was last received from, on which document
 * ({@code reference}: a purchase request, or the return it replaced), when, at what price, and the supplier's
 * warranty in months from its offer ({@code until} is null when no offer gives one).
 */
@Serdeable
public record SupplierCover(String supplier, String supplierName, String reference, Instant receivedAt,
                            @Nullable BigDecimal unitPrice, @Nullable String currency, @Nullable Integer warrantyMonths,
                            @Nullable LocalDate until) {

    public static SupplierCover of(String supplier, String supplierName, String reference, Instant receivedAt,
                                   @Nullable BigDecimal unitPrice, @Nullable String currency,
                                   @Nullable Integer warrantyMonths) {
        return new SupplierCover(supplier, supplierName, reference, receivedAt, unitPrice, currency, warrantyMonths,
                warrantyMonths == null ? null : receivedAt.atZone(ZoneOffset.UTC).plusMonths(warrantyMonths).toLocalDate());
    }

    /** Whether the supplier's warranty still ran at {@code at} (to the instant: received + the months). */
    public boolean covers(Instant at) {
        return warrantyMonths != null
                && !receivedAt.atZone(ZoneOffset.UTC).plusMonths(warrantyMonths).toInstant().isBefore(at);
    }
}
