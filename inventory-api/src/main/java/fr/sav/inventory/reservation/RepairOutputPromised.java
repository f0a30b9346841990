package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: what the repair order gives back is already reserved for another reference. */
final class RepairOutputPromised extends Conflict {

    private final String repairOrder;

    RepairOutputPromised(String repairOrder) {
        super("repair-output-promised", "Already promised", "What " + repairOrder
                + " gives back is already reserved for another reference", Map.of("repairOrder", repairOrder));
        this.repairOrder = repairOrder;
    }

    String repairOrder() {
        return repairOrder;
    }
}
