package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a receipt or return names a unit that is already in stock; it cannot arrive twice. */
final class UnitInStock extends Conflict {

    private final String serial;

    UnitInStock(String serial, UnitStatus status) {
        super("unit-in-stock", "Unit cannot move", "Unit " + serial + " is already in stock (" + status
                + "); it cannot arrive again", Map.of("serial", serial));
        this.serial = serial;
    }

    String serial() {
        return serial;
    }
}
