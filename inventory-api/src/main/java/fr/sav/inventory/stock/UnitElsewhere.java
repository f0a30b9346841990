package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the movement says the unit leaves a place (location and condition) where it is not. */
final class UnitElsewhere extends Conflict {

    private final String serial;
    private final Place place;

    UnitElsewhere(String serial, Place place, Condition condition, boolean onHand) {
        super("unit-elsewhere", "Unit cannot move", "Unit " + serial + " is not " + place + "; it is " + condition
                + (onHand ? " elsewhere" : ""), Map.of("serial", serial));
        this.serial = serial;
        this.place = place;
    }

    String serial() {
        return serial;
    }

    /** Where the movement said the unit was. */
    Place place() {
        return place;
    }
}
