package fr.sav.inventory.exchange;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A standard exchange as clients see it; {@code reconditioningCost} is its core's repair order total, once it has one. */
@Serdeable
public record ExchangeView(String number, String sku, String customerRef, @Nullable String issuedSerial,
                           Condition issuedCondition, String issuedLocation, LocalDate coreDueDate,
                           @Nullable BigDecimal coreCharge, ExchangeStatus status, boolean overdue,
                           @Nullable String coreSerial, @Nullable Instant coreReceivedAt,
                           @Nullable String repairOrder, @Nullable Instant chargedAt, Instant createdAt,
                           String createdBy, @Nullable BigDecimal reconditioningCost) {
}
