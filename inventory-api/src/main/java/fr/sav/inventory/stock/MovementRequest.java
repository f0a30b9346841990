package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement as a client or scanner posts it: the part by {@code sku} or by a scanned {@code code}
 * (a part or unit label, a GTIN, a manufacturer reference), locations by code.
 */
@Serdeable
public record MovementRequest(@NotNull MovementType type,
                              @Nullable @Size(max = 100) String sku,
                              @Nullable @Size(max = 200) String code,
                              @Nullable @Positive @Max(StockChange.MAX_QUANTITY) Integer quantity,
                              @Nullable @Min(-StockChange.MAX_QUANTITY) @Max(StockChange.MAX_QUANTITY) Integer delta,
                              @Nullable @Size(max = 40) String serial,
                              @Nullable @Size(max = 32) String fromLocation,
                              @Nullable @Size(max = 32) String toLocation,
                              @Nullable Condition fromCondition,
                              @Nullable Condition toCondition,
                              @Nullable Condition condition,
                              @Nullable ReturnReason reason,
                              @Nullable @Size(max = 64) String reference,
                              @Nullable @DecimalMin("0") @Digits(integer = 8, fraction = 4) BigDecimal unitCost,
                              @Nullable @Size(max = 500) String note,
                              @Nullable Instant occurredAt) {

    public static MovementRequest of(MovementType type, String sku, int quantity) {
        return new MovementRequest(type, sku, null, quantity, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
