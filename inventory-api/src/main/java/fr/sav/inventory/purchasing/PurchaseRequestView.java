package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase request as buyers see it: lines with what arrived, totals, what may come next, its history. */
@Serdeable
public record PurchaseRequestView(String number, String supplier, String supplierName, PurchaseStatus status,
                                  @Nullable String note, BigDecimal total, String currency, List<Line> lines,
                                  List<String> allowedActions, Instant createdAt, String createdBy,
                                  @Nullable Instant closedAt, @Nullable List<Event> history) {

    /** One line of the request. */
    @Serdeable
    public record Line(int lineNo, String sku, String name, int quantity, int receivedQuantity,
                       @Nullable BigDecimal unitPrice, @Nullable BigDecimal lineTotal, @Nullable String supplierRef,
                       @Nullable LocalDate neededBy, @Nullable String reference) {
    }

    /** One step of the request's life. */
    @Serdeable
    public record Event(String action, @Nullable String fromStatus, String toStatus, @Nullable String note,
                        Instant occurredAt, String recordedBy) {
    }
}
