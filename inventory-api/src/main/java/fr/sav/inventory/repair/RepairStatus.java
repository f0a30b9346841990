package fr.sav.inventory.repair;

import java.util.Arrays;
import java.util.List;

/** Where a repair order is in the workshop. */
public enum RepairStatus {
    /** Arrived in the workshop, not yet inspected. */
    RECEIVED,
    /** Inspected (expertisé): findings, estimate and the economic recommendation are known. */
    DIAGNOSED,
    /** A customer's item whose quote waits for the customer's answer. */
    AWAITING_APPROVAL,
    /** The customer accepted the quote. */
    APPROVED,
    /** Being repaired in the workshop. */
    IN_REPAIR,
    /** Sent out to a subcontractor. */
    AT_SUBCONTRACTOR,
    /** A company item repaired and back in usable stock. */
    COMPLETED,
    /** A customer's item repaired, or refused, waiting to be picked up. */
    READY_FOR_PICKUP,
    /** A customer's item handed back. */
    DELIVERED,
    /** Scrapped; harvested components went to stock. */
    SCRAPPED,
    /** A customer's item taken as our core: the customer got a standard exchange unit instead. */
    EXCHANGED;

    /** Whether the item is still in the workshop's pipeline. */
    public boolean open() {
        return this != COMPLETED && this != READY_FOR_PICKUP && this != DELIVERED && this != SCRAPPED && this != EXCHANGED;
    }

    /** The statuses out of the pipeline, for the queries that leave them out. */
    static List<RepairStatus> closed() {
        return Arrays.stream(values()).filter(status -> !status.open()).toList();
    }
}
