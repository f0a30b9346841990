package fr.sav.inventory.repair;

import fr.sav.inventory.stock.Owner;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static fr.sav.inventory.repair.RepairStatus.APPROVED;
import static fr.sav.inventory.repair.RepairStatus.AT_SUBCONTRACTOR;
import static fr.sav.inventory.repair.RepairStatus.AWAITING_APPROVAL;
import static fr.sav.inventory.repair.RepairStatus.DIAGNOSED;
import static fr.sav.inventory.repair.RepairStatus.IN_REPAIR;
import static fr.sav.inventory.repair.RepairStatus.READY_FOR_PICKUP;
import static fr.sav.inventory.repair.RepairStatus.RECEIVED;

/** What the workshop can do to a repair order, from which statuses, for whose item. */
public enum RepairAction {
    /** Inspect: findings, estimate, and the economic recommendation. */
    DIAGNOSE(EnumSet.of(RECEIVED), null),
    /** Quote a customer's repair: the item waits in the awaiting-customer area. */
    QUOTE(EnumSet.of(DIAGNOSED), Owner.CUSTOMER),
    /** The customer accepts the quote. */
    APPROVE(EnumSet.of(AWAITING_APPROVAL), Owner.CUSTOMER),
    /** The customer refuses the quote: the order ends, the item is ready for pickup. */
    REFUSE(EnumSet.of(AWAITING_APPROVAL), Owner.CUSTOMER),
    /** Start repairing: company items straight after diagnosis, customer items once approved. */
    START(EnumSet.of(DIAGNOSED, APPROVED), null),
    /** Send the item out to a subcontractor. */
    SEND_TO_SUBCONTRACTOR(EnumSet.of(DIAGNOSED, APPROVED, IN_REPAIR), null),
    /** The item comes back from the subcontractor, with its cost. */
    RECEIVE_FROM_SUBCONTRACTOR(EnumSet.of(AT_SUBCONTRACTOR), null),
    /** Repaired: company items come back as usable stock, customer items are ready for pickup. */
    COMPLETE(EnumSet.of(IN_REPAIR), null),
    /**
     * Not worth repairing: a company item leaves stock, harvested components enter it; a customer's item is
     * scrapped only with the customer's consent, and touches no stock.
     */
    SCRAP(EnumSet.of(RECEIVED, DIAGNOSED, AWAITING_APPROVAL, IN_REPAIR), null),
    /** A customer's item not worth repairing: ready for pickup as it came, with a diagnosis fee if any. */
    RETURN_UNREPAIRED(EnumSet.of(DIAGNOSED, AWAITING_APPROVAL, APPROVED, IN_REPAIR), Owner.CUSTOMER),
    /** A customer's item not worth repairing becomes our core; the customer gets a standard exchange unit. */
    EXCHANGE(EnumSet.of(DIAGNOSED, AWAITING_APPROVAL, APPROVED, IN_REPAIR), Owner.CUSTOMER),
    /** The customer picks the item up. */
    DELIVER(EnumSet.of(READY_FOR_PICKUP), Owner.CUSTOMER);

    private final Set<RepairStatus> from;
    private final Owner onlyFor;

    RepairAction(Set<RepairStatus> from, Owner onlyFor) {
        this.from = from;
        this.onlyFor = onlyFor;
    }

    /** Company items need no customer approval: START from DIAGNOSED is theirs, from APPROVED the customer's. */
    boolean allowed(RepairStatus status, Owner owner) {
        if (!from.contains(status) || onlyFor != null && onlyFor != owner) {
            return false;
        }
        if (this == START || this == SEND_TO_SUBCONTRACTOR) {
            return status != DIAGNOSED || owner == Owner.COMPANY;
        }
        return true;
    }

    static List<RepairAction> allowedFor(RepairStatus status, Owner owner) {
        return Arrays.stream(values()).filter(a -> a.allowed(status, owner)).toList();
    }

    /** The path segment: {@code send-to-subcontractor}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static RepairAction fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path().equals(path)).findFirst().orElse(null);
    }
}
