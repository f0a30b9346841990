package fr.sav.inventory.purchasing;

import java.util.EnumSet;
import java.util.Set;

/** Where a purchase request stands: request, validation, order, reception. */
public enum PurchaseStatus {
    /** Being prepared by the buyer. */
    DRAFT,
    /** Submitted for validation. */
    SUBMITTED,
    /** Validated: may be ordered. */
    APPROVED,
    /** Sent to the supplier as an order. */
    ORDERED,
    /** Some of it arrived. */
    PARTIALLY_RECEIVED,
    /** All of it arrived. */
    RECEIVED,
    /** Part of it arrived and the buyer gave up waiting for the rest: the rest is no longer on order. */
    CLOSED,
    /** Will not be bought. */
    CANCELLED;

    /** Requests whose lines are still coming: they count as on order. */
    public static final Set<PurchaseStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, APPROVED, ORDERED, PARTIALLY_RECEIVED);
}
