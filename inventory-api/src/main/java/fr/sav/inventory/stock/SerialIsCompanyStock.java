package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a customer's item is dropped off under the serial of a company unit; it needs its own serial. */
final class SerialIsCompanyStock extends Conflict {

    private final String serial;

    SerialIsCompanyStock(String serial) {
        super("serial-is-company-stock", "Serial belongs to company stock",
                "Serial " + serial + " is a company unit; a customer's item needs its own serial",
                Map.of("serial", serial));
        this.serial = serial;
    }

    String serial() {
        return serial;
    }
}
