package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a regrade into NEW; only a supplier's delivery is new. */
final class NewIsNeverUsed extends Conflict {

    NewIsNeverUsed(String sku, Place from) {
        super("new-is-never-used", "Nothing becomes new again",
                sku + " " + from + " cannot be regraded NEW: NEW is only what a supplier delivered; "
                        + "choose REPAIRED, RECONDITIONED or USED",
                Map.of("sku", sku, "location", from.location().code(), "condition", from.condition().name()));
    }
}
