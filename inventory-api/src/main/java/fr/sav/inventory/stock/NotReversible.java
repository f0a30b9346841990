package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a regrade, scrap or supplier return is put right by another movement, not by a reversal. */
final class NotReversible extends Conflict {

    private final long movement;
    private final MovementType type;

    NotReversible(long movement, MovementType type) {
        super("not-reversible", "Not reversible", "A " + type + " is not taken back by a reversal: post what puts it "
                + "right (an inspection, a new receipt, the supplier return's settlement)",
                Map.of("movement", movement, "movementType", type));
        this.movement = movement;
        this.type = type;
    }

    long movement() {
        return movement;
    }

    MovementType type() {
        return type;
    }
}
