package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.InvalidTransition;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Transient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A purchase request to one supplier and its lines. It is made by {@link #draft}, and changed only by verbs that
 * check the action is allowed from the current status, move it on and record the step in its history (kept until
 * {@link PurchaseRequestStore} saves it). Micronaut Data loads and saves its private fields, the row of
 * {@code purchase_request}; the lines are the rows of {@code purchase_request_line}.
 */
@MappedEntity("purchase_request")
@Introspected(accessKind = Introspected.AccessKind.FIELD, visibility = Introspected.Visibility.ANY)
final class PurchaseRequest {

    @Id @GeneratedValue @Nullable private Long id;
    private String number;
    private long supplierId;
    private PurchaseStatus status = PurchaseStatus.DRAFT;
    @Nullable private String note;
    private Instant createdAt;
    private String createdBy;
    @Nullable private String submittedBy;
    @Nullable private Instant closedAt;
    @Transient private List<PurchaseRequestLine> lines = new ArrayList<>();
    @Transient private final List<Step> recorded = new ArrayList<>();

    /** For Micronaut Data, which loads the row into it; a new request comes from {@link #draft}. */
    PurchaseRequest() {
    }

    /** A DRAFT request by the buyer, with its first lines. */
    static PurchaseRequest draft(String number, long supplierId, List<PurchaseRequestLine.Wanted> lines,
                                 @Nullable String note, String actor, Instant now) {
        PurchaseRequest request = new PurchaseRequest();
        request.number = number;
        request.supplierId = supplierId;
        request.note = note;
        request.createdAt = now;
        request.createdBy = actor;
        lines.forEach(request::append);
        request.record("create", null, note, actor, now);
        return request;
    }

    /** Another line on the DRAFT. */
    void add(PurchaseRequestLine.Wanted wanted, String note, String actor, Instant now) {
        if (status != PurchaseStatus.DRAFT) {
            throw new InvalidTransition(number, status, "add-line", List.of());
        }
        append(wanted);
        record("add-line", status, note, actor, now);
    }

    /** Submits, orders, cancels or closes the request, as its status allows. */
    PurchaseStatus act(PurchaseAction action, String actor, Instant now) {
        return act(action, actor, now, null);
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
        return act(PurchaseAction.APPROVE, approver, now, null);
    }

    /** Whether pieces may be received now: refused unless ORDERED or PARTIALLY_RECEIVED. */
    void requireReceivable() {
        require(PurchaseAction.RECEIVE);
    }

    /** Pieces received on the line: never more than it still waits for. */
    void receive(PurchaseRequestLine line, String sku, int quantity) {
        require(PurchaseAction.RECEIVE);
        if (quantity > line.outstanding()) {
            throw new OverReceipt(number, sku, quantity, line.outstanding());
        }
        line.receive(quantity);
    }

    /** The delivery is booked: RECEIVED when nothing is outstanding any more, PARTIALLY_RECEIVED otherwise. */
    PurchaseStatus received(int lineCount, String actor, Instant now) {
        return act(PurchaseAction.RECEIVE, actor, now, lineCount + " line(s) received");
    }

    /** What the priced lines come to in EUR, each line's amount converted from its currency by {@code toEur}. */
    BigDecimal total(BiFunction<BigDecimal, String, BigDecimal> toEur) {
        return lines.stream().filter(l -> l.unitPrice() != null)
                .map(l -> toEur.apply(l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())), l.currency()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /** The line of the part still waiting for pieces, else the first line of the part, else null. */
    @Nullable PurchaseRequestLine lineFor(long partId) {
        return lines.stream().filter(l -> l.partId() == partId && l.outstanding() > 0).findFirst()
                .orElse(lines.stream().filter(l -> l.partId() == partId).findFirst().orElse(null));
    }

    private PurchaseStatus act(PurchaseAction action, String actor, Instant now, @Nullable String eventNote) {
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
        record(action.path(), previous, eventNote, actor, now);
        return previous;
    }

    private void require(PurchaseAction action) {
        if (!action.allowedFrom(status)) {
            throw new InvalidTransition(number, status, action.path(),
                    PurchaseAction.allowedFor(status).stream().map(PurchaseAction::path).toList());
        }
    }

    private void append(PurchaseRequestLine.Wanted wanted) {
        lines.add(PurchaseRequestLine.of(lines.size() + 1, wanted));
    }

    private void record(String action, @Nullable PurchaseStatus from, @Nullable String eventNote, String actor,
                        Instant at) {
        recorded.add(new Step(action, from, status, eventNote, at, actor));
    }

    /** Its lines as loaded by the store. */
    void loaded(List<PurchaseRequestLine> stored) {
        lines = new ArrayList<>(stored);
    }

    /** The steps recorded since it was made or loaded, to be saved as its history; then forgotten. */
    List<Step> takeRecorded() {
        List<Step> steps = List.copyOf(recorded);
        recorded.clear();
        return steps;
    }

    /** A step of its life not saved yet: the action and the move it made. */
    record Step(String action, @Nullable PurchaseStatus from, PurchaseStatus to, @Nullable String note, Instant at,
                String actor) {

        /** The step as a history row of the saved request. */
        PurchaseRequestEvent of(long requestId) {
            return new PurchaseRequestEvent(null, requestId, action, from, to, note, at, actor);
        }
    }

    @Nullable Long id() {
        return id;
    }

    String number() {
        return number;
    }

    long supplierId() {
        return supplierId;
    }

    PurchaseStatus status() {
        return status;
    }

    @Nullable String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    @Nullable String submittedBy() {
        return submittedBy;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    List<PurchaseRequestLine> lines() {
        return List.copyOf(lines);
    }
}
