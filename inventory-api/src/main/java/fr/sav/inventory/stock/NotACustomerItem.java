package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: only a customer's item of the exchanged part becomes our core in an exchange. */
final class NotACustomerItem extends Conflict {

    private final String serial;

    NotACustomerItem(String serial) {
        super("not-a-customer-item", "Unit cannot move", "Unit " + serial + " is not a customer's item of this part: "
                + "only a customer's item becomes our core in an exchange", Map.of("serial", serial));
        this.serial = serial;
    }

    String serial() {
        return serial;
    }
}
