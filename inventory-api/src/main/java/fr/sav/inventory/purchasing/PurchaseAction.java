package fr.sav.inventory.purchasing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static fr.sav.inventory.purchasing.PurchaseStatus.APPROVED;
import static fr.sav.inventory.purchasing.PurchaseStatus.DRAFT;
import static fr.sav.inventory.purchasing.PurchaseStatus.ORDERED;
import static fr.sav.inventory.purchasing.PurchaseStatus.PARTIALLY_RECEIVED;
import static fr.sav.inventory.purchasing.PurchaseStatus.SUBMITTED;

/** What can be done to a purchase request, and from which statuses. */
public enum PurchaseAction {
    /** Send the draft for validation. */
    SUBMIT(EnumSet.of(DRAFT)),
    /** Validate it. */
    APPROVE(EnumSet.of(SUBMITTED)),
    /** Place the order with the supplier. */
    ORDER(EnumSet.of(APPROVED)),
    /** Take delivery of some or all of it. */
    RECEIVE(EnumSet.of(ORDERED, PARTIALLY_RECEIVED)),
    /** Give it up before anything arrived. */
    CANCEL(EnumSet.of(DRAFT, SUBMITTED, APPROVED, ORDERED)),
    /** Stop waiting for what has not arrived of a partial delivery. */
    CLOSE(EnumSet.of(PARTIALLY_RECEIVED));

    private final Set<PurchaseStatus> from;

    PurchaseAction(Set<PurchaseStatus> from) {
        this.from = from;
    }

    boolean allowedFrom(PurchaseStatus status) {
        return from.contains(status);
    }

    static List<PurchaseAction> allowedFor(PurchaseStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(status)).toList();
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
