package fr.sav.inventory.reservation;

import fr.sav.inventory.repair.RepairOrderView;
import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the repair order named is not an open company repair of the part, so it gives none back to stock. */
final class NotInRepair extends Conflict {

    private final String repairOrder;
    private final String sku;

    NotInRepair(RepairOrderView order, String sku) {
        super("not-in-repair", "The repair order will not produce the part", order.number() + " is a " + order.owner()
                + " " + (order.sku() == null ? "item" : order.sku()) + ", " + order.status()
                + ": only an open company repair order of " + sku + " gives one back",
                Map.of("repairOrder", order.number(), "sku", sku));
        this.repairOrder = order.number();
        this.sku = sku;
    }

    String repairOrder() {
        return repairOrder;
    }

    String sku() {
        return sku;
    }
}
