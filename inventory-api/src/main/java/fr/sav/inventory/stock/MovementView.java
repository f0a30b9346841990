package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the ledger as clients see it. {@code delta} is the signed change for adjustments, {@code reason} why a
 * return came back; {@code value} what it brought in (or took out), in EUR, {@code valueAdded} the part of it its source
 * did not give (a repair's cost, a write-down).
 * The answer to a FAULTY return also names the {@code supplier} it was last received from and,
 * when that supplier's warranty still covered it, {@code supplierWarrantyUntil} and {@code vendorReturnProposed}.
 */
@Serdeable
public record MovementView(long id, MovementType type, String sku, int quantity, @Nullable Integer delta,
                           @Nullable String serial, @Nullable String fromLocation, @Nullable Condition fromCondition,
                           @Nullable String toLocation, @Nullable Condition toCondition, Condition condition,
                           @Nullable ReturnReason reason,
                           @Nullable String reference, @Nullable BigDecimal unitCost,
                           BigDecimal unitValue, BigDecimal value, @Nullable BigDecimal valueAdded, @Nullable String note,
                           Instant occurredAt, Instant recordedAt, String recordedBy,
                           @Nullable LocalDate supplierWarrantyUntil, @Nullable String supplier,
                           boolean vendorReturnProposed) {

    MovementView withSupplierWarranty(@Nullable LocalDate until, String from, boolean proposed) {
        return new MovementView(id, type, sku, quantity, delta, serial, fromLocation, fromCondition, toLocation,
                toCondition, condition, reason, reference, unitCost, unitValue, value, valueAdded, note, occurredAt,
                recordedAt, recordedBy, until, from, proposed);
    }
}
