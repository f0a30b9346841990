package fr.sav.inventory.notification;

import fr.sav.inventory.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** What a notification is about, and the roles that act on it (a manager is told of everything). */
public enum NotificationKind {
    /** A customer's core is past its due date: the workshop chases it, or charges it. */
    CORE_OVERDUE(Role.WORKSHOP),
    /** A lent unit is past its due date. */
    LOAN_OVERDUE(Role.WORKSHOP),
    /** A quote has waited for the customer's answer longer than {@code inventory.notify.quote-days}. */
    QUOTE_WAITING(Role.WORKSHOP),
    /** A repair order is past its expected date. */
    REPAIR_OVERDUE(Role.WORKSHOP),
    /** A purchase request waits for approval. */
    APPROVAL_WAITING(Role.BUYER),
    /** A repair order waits for a part that is out of stock: the buyer buys it, the workshop looks elsewhere. */
    REPAIR_BLOCKED(Role.WORKSHOP, Role.BUYER);

    private final Set<Role> roles;

    NotificationKind(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    public Set<Role> roles() {
        return roles;
    }
}
