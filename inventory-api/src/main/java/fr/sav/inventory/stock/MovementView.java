package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the ledger as clients see it. {@code delta} is the signed change for adjustments, {@code reason} why a return came back. */
@Serdeable
public record MovementView(long id, MovementType type, String sku, int quantity, @Nullable Integer delta,
                           @Nullable String serial, @Nullable String fromLocation, @Nullable Condition fromCondition,
                           @Nullable String toLocation, @Nullable Condition toCondition, Condition condition,
                           @Nullable ReturnReason reason,
                           @Nullable String reference, @Nullable BigDecimal unitCost, @Nullable String note,
                           Instant occurredAt, Instant recordedAt, String recordedBy) {
}
