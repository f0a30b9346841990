package fr.sav.inventory.repair;

import fr.sav.inventory.shared.InvalidTransition;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Owner;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An item in the workshop and what is known of it. Each verb checks that the action is allowed from the
 * current status, records what it brings and moves the order on. Micronaut Data loads and saves it whole (its
 * fields are the row of {@code repair_order}, enums by name).
 */
@MappedEntity("repair_order")
@Introspected(accessKind = Introspected.AccessKind.FIELD)
final class RepairOrder {

    @Id @GeneratedValue @Nullable Long id;
    String number;
    RepairStatus status = RepairStatus.RECEIVED;
    Origin origin;
    Owner owner;
    @Nullable Long partId;
    @Nullable String serial;
    @Nullable String description;
    @Nullable String customerRef;
    @Nullable Long locationId;
    @Nullable Long workshopId;
    @Nullable LocalDate expectedDate;
    Instant receivedAt;
    int returnCount;
    @Nullable String findings;
    @Nullable BigDecimal estimatedCost;
    @Nullable Integer estimatedMinutes;
    @Nullable BigDecimal subcontractQuote;
    @Nullable BigDecimal estimatedTotal;
    @Nullable BigDecimal threshold;
    @Nullable Recommendation recommendation;
    @Nullable String recommendationNote;
    @Nullable BigDecimal quoteAmount;
    @Nullable Long subcontractorId;
    @Nullable BigDecimal subcontractCost;
    @Nullable Integer laborMinutes;
    @Nullable BigDecimal laborCost;
    @Nullable BigDecimal partsCost;
    @Nullable BigDecimal totalCost;
    @Nullable Condition completedCondition;
    @Nullable BigDecimal diagnosisFee;
    @Nullable String exchangeNumber;
    @Nullable @MappedProperty("issued_in") String issuedInExchange;
    @Nullable Instant closedAt;
    String createdBy;

    RepairStatus diagnose(String findingsText, BigDecimal cost, Integer minutes, BigDecimal quote,
                          RepairPolicy.Advice advice) {
        require(RepairAction.DIAGNOSE);
        findings = findingsText;
        estimatedCost = cost;
        estimatedMinutes = minutes;
        subcontractQuote = quote;
        estimatedTotal = advice.estimatedTotal();
        threshold = advice.threshold();
        recommendation = advice.recommendation();
        recommendationNote = advice.reason();
        return move(RepairStatus.DIAGNOSED);
    }

    RepairStatus quote(BigDecimal amount, long awaitingLocationId) {
        require(RepairAction.QUOTE);
        quoteAmount = amount;
        locationId = awaitingLocationId;
        return move(RepairStatus.AWAITING_APPROVAL);
    }

    RepairStatus approve() {
        require(RepairAction.APPROVE);
        return move(RepairStatus.APPROVED);
    }

    RepairStatus refuse(Instant now) {
        require(RepairAction.REFUSE);
        closedAt = now;
        return move(RepairStatus.READY_FOR_PICKUP);
    }

    RepairStatus start() {
        require(RepairAction.START);
        locationId = workshopId;
        return move(RepairStatus.IN_REPAIR);
    }

    RepairStatus sendOut(long supplierId, long subcontractorLocationId, LocalDate expected) {
        require(RepairAction.SEND_TO_SUBCONTRACTOR);
        subcontractorId = supplierId;
        locationId = subcontractorLocationId;
        expectedDate = expected;
        return move(RepairStatus.AT_SUBCONTRACTOR);
    }

    RepairStatus receiveBack(BigDecimal cost) {
        require(RepairAction.RECEIVE_FROM_SUBCONTRACTOR);
        subcontractCost = (subcontractCost == null ? BigDecimal.ZERO : subcontractCost).add(cost);
        locationId = workshopId;
        return move(RepairStatus.IN_REPAIR);
    }

    RepairStatus complete(Condition condition, int minutes, BigDecimal labor, BigDecimal parts, BigDecimal extra,
                          Instant now) {
        require(RepairAction.COMPLETE);
        completedCondition = condition;
        laborMinutes = minutes;
        laborCost = labor;
        partsCost = parts;
        totalCost = parts.add(labor).add(subcontractCost == null ? BigDecimal.ZERO : subcontractCost).add(extra);
        closedAt = now;
        return move(owner == Owner.COMPANY ? RepairStatus.COMPLETED : RepairStatus.READY_FOR_PICKUP);
    }

    /** Scraps the item; a customer's item only with the customer's consent. */
    RepairStatus scrap(boolean customerConsent, Instant now) {
        require(RepairAction.SCRAP);
        if (owner == Owner.CUSTOMER && !customerConsent) {
            throw new CustomerConsentRequired(number, customerRef, serial);
        }
        closedAt = now;
        return move(RepairStatus.SCRAPPED);
    }

    /** A customer's item not worth repairing waits to be picked up as it came; a diagnosis fee may apply. */
    RepairStatus returnUnrepaired(BigDecimal fee, Instant now) {
        require(RepairAction.RETURN_UNREPAIRED);
        diagnosisFee = fee;
        closedAt = now;
        return move(RepairStatus.READY_FOR_PICKUP);
    }

    /** A customer's item taken as the core of a standard exchange: it stays in the workshop, now as our stock. */
    RepairStatus exchange(String exchange, Instant now) {
        require(RepairAction.EXCHANGE);
        exchangeNumber = exchange;
        locationId = workshopId;
        closedAt = now;
        return move(RepairStatus.EXCHANGED);
    }

    RepairStatus deliver() {
        require(RepairAction.DELIVER);
        locationId = null;
        return move(RepairStatus.DELIVERED);
    }

    Outcome outcome() {
        return Outcome.of(status, completedCondition);
    }

    boolean overdue(LocalDate today) {
        return status.open() && expectedDate != null && expectedDate.isBefore(today);
    }

    private void require(RepairAction action) {
        if (!action.allowed(status, owner)) {
            throw new InvalidTransition(number, status, action.path(),
                    RepairAction.allowedFor(status, owner).stream().map(RepairAction::path).toList());
        }
    }

    private RepairStatus move(RepairStatus next) {
        RepairStatus previous = status;
        status = next;
        return previous;
    }
}
