package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.InvalidTransition;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** A purchase request to one supplier: its lines, and verbs that check the status before moving it on. */
final class PurchaseRequest {

    Long id;
    String number;
    long supplierId;
    PurchaseStatus status = PurchaseStatus.DRAFT;
    String note;
    Instant createdAt;
    String createdBy;
    String submittedBy;
    Instant closedAt;
    List<Line> lines;

    /** One line: what, how many, at what price, received so far, and the repair order it is for, if any. */
    static final class Line {
        Long id;
        int lineNo;
        long partId;
        int quantity;
        int received;
        BigDecimal unitPrice;
        String currency;
        String supplierRef;
        LocalDate neededBy;
        String reference;

        int outstanding() {
            return quantity - received;
        }
    }

    PurchaseStatus act(PurchaseAction action, String actor, Instant now) {
        require(action);
        PurchaseStatus previous = status;
        status = switch (action) {
            case SUBMIT -> PurchaseStatus.SUBMITTED;
            case APPROVE -> PurchaseStatus.APPROVED;
            case ORDER -> PurchaseStatus.ORDERED;
            case CANCEL -> PurchaseStatus.CANCELLED;
            case CLOSE -> PurchaseStatus.CLOSED;
            case RECEIVE -> lines.stream().allMatch(l -> l.outstanding() == 0)
                    ? PurchaseStatus.RECEIVED : PurchaseStatus.PARTIALLY_RECEIVED;
        };
        if (action == PurchaseAction.SUBMIT) {
            submittedBy = actor;
        }
        if (status == PurchaseStatus.CANCELLED || status == PurchaseStatus.RECEIVED || status == PurchaseStatus.CLOSED) {
            closedAt = now;
        }
        return previous;
    }

    /**
     * Validates the request: never by the account that created or submitted it, and above the approver's
     * limit (null: none) never at all.
     */
    PurchaseStatus approve(String approver, @Nullable BigDecimal limit, Supplier<BigDecimal> totalInEur, Instant now) {
        require(PurchaseAction.APPROVE);
        if (approver.equals(createdBy) || approver.equals(submittedBy)) {
            throw new FourEyesRefusal(number, approver, createdBy, submittedBy);
        }
        BigDecimal total = limit == null ? null : totalInEur.get();
        if (total != null && total.compareTo(limit) > 0) {
            throw new ApprovalLimitExceeded(number, total, limit);
        }
        return act(PurchaseAction.APPROVE, approver, now);
    }

    /** What the priced lines come to in EUR, each line's amount converted from its currency by {@code toEur}. */
    BigDecimal total(BiFunction<BigDecimal, String, BigDecimal> toEur) {
        return lines.stream().filter(l -> l.unitPrice != null)
                .map(l -> toEur.apply(l.unitPrice.multiply(BigDecimal.valueOf(l.quantity)), l.currency))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    void require(PurchaseAction action) {
        if (!action.allowedFrom(status)) {
            throw new InvalidTransition(number, status, action.path(),
                    PurchaseAction.allowedFor(status).stream().map(PurchaseAction::path).toList());
        }
    }

    @Nullable Line lineFor(long partId) {
        return lines.stream().filter(l -> l.partId == partId && l.outstanding() > 0).findFirst()
                .orElse(lines.stream().filter(l -> l.partId == partId).findFirst().orElse(null));
    }
}
