package fr.sav.inventory.repair;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;

/** How a closed repair order ended; an open order has no outcome yet. */
public enum Outcome {
    /** Repaired to working order. */
    REPAIRED,
    /** Reconditioned to a usable standard. */
    RECONDITIONED,
    /** A customer's item handed back as it came (quote refused, or not worth repairing). */
    UNREPAIRED,
    /** A customer's item taken as a core against a standard exchange unit. */
    EXCHANGED,
    /** Scrapped (a customer's item only with the customer's consent). */
    SCRAPPED;

    static @Nullable Outcome of(RepairStatus status, @Nullable Condition completed) {
        if (status.open()) {
            return null;
        }
        if (status == RepairStatus.SCRAPPED) {
            return SCRAPPED;
        }
        if (status == RepairStatus.EXCHANGED) {
            return EXCHANGED;
        }
        if (completed == Condition.REPAIRED) {
            return REPAIRED;
        }
        return completed == Condition.RECONDITIONED ? RECONDITIONED : UNREPAIRED;
    }
}
