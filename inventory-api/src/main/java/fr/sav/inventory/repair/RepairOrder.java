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
 * current status, records what it brings and moves the order on; its state changes only through them. Micronaut
 * Data loads and saves it whole (its private fields are the row of {@code repair_order}, enums by name).
 */
@MappedEntity("repair_order")
@Introspected(accessKind = Introspected.AccessKind.FIELD, visibility = Introspected.Visibility.ANY)
final class RepairOrder {

    @Id @GeneratedValue @Nullable private Long id;
    private String number;
    private RepairStatus status = RepairStatus.RECEIVED;
    private Origin origin;
    private Owner owner;
    @Nullable private Long partId;
    @Nullable private String serial;
    @Nullable private String description;
    @Nullable private String customerRef;
    @Nullable private Long locationId;
    @Nullable private Long workshopId;
    @Nullable private LocalDate expectedDate;
    private Instant receivedAt;
    private int returnCount;
    @Nullable private String findings;
    @Nullable private BigDecimal estimatedCost;
    @Nullable private Integer estimatedMinutes;
    @Nullable private BigDecimal subcontractQuote;
    @Nullable private BigDecimal estimatedTotal;
    @Nullable private BigDecimal threshold;
    @Nullable private Recommendation recommendation;
    @Nullable private String recommendationNote;
    @Nullable private BigDecimal quoteAmount;
    @Nullable private Long subcontractorId;
    @Nullable private BigDecimal subcontractCost;
    @Nullable private Integer laborMinutes;
    @Nullable private BigDecimal laborCost;
    @Nullable private BigDecimal partsCost;
    @Nullable private BigDecimal totalCost;
    @Nullable private Condition completedCondition;
    @Nullable private BigDecimal diagnosisFee;
    @Nullable private String exchangeNumber;
    @Nullable @MappedProperty("issued_in") private String issuedInExchange;
    @Nullable private Instant closedAt;
    private String createdBy;

    /** For Micronaut Data, which loads the row into it; a new order comes from {@link #receive}. */
    RepairOrder() {
    }

    /** An item just received in the workshop, not yet placed. */
    static RepairOrder receive(String number, Owner owner, Origin origin, @Nullable Long partId, @Nullable String serial,
                               @Nullable String description, @Nullable String customerRef,
                               @Nullable LocalDate expectedDate, Instant receivedAt, String createdBy) {
        RepairOrder order = new RepairOrder();
        order.number = number;
        order.owner = owner;
        order.origin = origin;
        order.partId = partId;
        order.serial = serial;
        order.description = description;
        order.customerRef = customerRef;
        order.expectedDate = expectedDate;
        order.receivedAt = receivedAt;
        order.createdBy = createdBy;
        return order;
    }

    /** What the unit's history says on arrival: how often it came back, the exchange that issued it if any. */
    void cameBack(int times, @Nullable String issuedIn) {
        returnCount = times;
        issuedInExchange = issuedIn;
    }

    /** The workshop that received the item, where it is now. */
    void placeIn(long workshop) {
        locationId = workshop;
        workshopId = workshop;
    }

    /** The day the workshop now expects to be done. */
    void expectBy(LocalDate day) {
        expectedDate = day;
    }

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

    @Nullable Long id() {
        return id;
    }

    String number() {
        return number;
    }

    RepairStatus status() {
        return status;
    }

    Origin origin() {
        return origin;
    }

    Owner owner() {
        return owner;
    }

    @Nullable Long partId() {
        return partId;
    }

    @Nullable String serial() {
        return serial;
    }

    @Nullable String description() {
        return description;
    }

    @Nullable String customerRef() {
        return customerRef;
    }

    @Nullable Long locationId() {
        return locationId;
    }

    @Nullable Long workshopId() {
        return workshopId;
    }

    @Nullable LocalDate expectedDate() {
        return expectedDate;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    int returnCount() {
        return returnCount;
    }

    @Nullable String findings() {
        return findings;
    }

    @Nullable BigDecimal estimatedCost() {
        return estimatedCost;
    }

    @Nullable Integer estimatedMinutes() {
        return estimatedMinutes;
    }

    @Nullable BigDecimal subcontractQuote() {
        return subcontractQuote;
    }

    @Nullable BigDecimal estimatedTotal() {
        return estimatedTotal;
    }

    @Nullable BigDecimal threshold() {
        return threshold;
    }

    @Nullable Recommendation recommendation() {
        return recommendation;
    }

    @Nullable String recommendationNote() {
        return recommendationNote;
    }

    @Nullable BigDecimal quoteAmount() {
        return quoteAmount;
    }

    @Nullable Long subcontractorId() {
        return subcontractorId;
    }

    @Nullable BigDecimal subcontractCost() {
        return subcontractCost;
    }

    @Nullable Integer laborMinutes() {
        return laborMinutes;
    }

    @Nullable BigDecimal laborCost() {
        return laborCost;
    }

    @Nullable BigDecimal partsCost() {
        return partsCost;
    }

    @Nullable BigDecimal totalCost() {
        return totalCost;
    }

    @Nullable Condition completedCondition() {
        return completedCondition;
    }

    @Nullable BigDecimal diagnosisFee() {
        return diagnosisFee;
    }

    @Nullable String exchangeNumber() {
        return exchangeNumber;
    }

    @Nullable String issuedInExchange() {
        return issuedInExchange;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    String createdBy() {
        return createdBy;
    }
}
