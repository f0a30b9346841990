package fr.sav.inventory.repair;

import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A repair order as the workshop sees it: the item, where it is, what was found, what it cost, what may come next,
 * how it ended once closed; the answer to a closing action lists the reservations it released. A company unit that
 * came in while its supplier's warranty ran shows {@code supplierWarrantyUntil}, and while the order is open
 * {@code vendorReturnProposed}: the supplier, not the workshop, should repair or replace it (DOMAIN rule 17).
 * {@code costs} is what it cost so far, {@code chargedTo} what pays for it: the exchange whose core it reconditions,
 * the loan whose returned unit it reconditions, the customer's reference, or {@code STORE}.
 */
@Serdeable
public record RepairOrderView(String number, RepairStatus status, Origin origin, Owner owner, @Nullable String sku,
                              @Nullable String partName, @Nullable String serial, @Nullable String description, @Nullable String customerRef,
                              @Nullable String location, @Nullable LocalDate expectedDate, boolean overdue,
                              Instant receivedAt, int returnCount, @Nullable String findings,
                              @Nullable BigDecimal estimatedCost, @Nullable Integer estimatedMinutes,
                              @Nullable BigDecimal subcontractQuote, @Nullable BigDecimal estimatedTotal,
                              @Nullable BigDecimal threshold,
                              @Nullable Recommendation recommendation, @Nullable String recommendationReason,
                              @Nullable BigDecimal quoteAmount, @Nullable String subcontractor,
                              @Nullable BigDecimal subcontractCost, @Nullable Integer laborMinutes,
                              @Nullable BigDecimal laborCost, @Nullable BigDecimal partsCost,
                              @Nullable BigDecimal totalCost, @Nullable Condition completedCondition,
                              @Nullable BigDecimal diagnosisFee, @Nullable Instant closedAt, @Nullable Outcome outcome,
                              @Nullable LocalDate warrantyUntil, boolean underRepairWarranty,
                              @Nullable LocalDate supplierWarrantyUntil, boolean vendorReturnProposed,
                              @Nullable String exchange, @Nullable String issuedInExchange, List<String> allowedActions, @Nullable List<Event> history,
                              @Nullable List<Released> released, RepairCosts costs, String chargedTo) {

    /** One step of the order's life. */
    @Serdeable
    public record Event(String action, @Nullable String fromStatus, String toStatus, @Nullable String location,
                        @Nullable String note, Instant occurredAt, String recordedBy) {
    }
}
