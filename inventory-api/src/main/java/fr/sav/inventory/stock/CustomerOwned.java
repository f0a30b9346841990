package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the unit is a customer's item, never company stock; says which rule of ours it would break. */
public final class CustomerOwned extends Conflict {

    private final String serial;

    /** {@code rule}: what only company stock may do, said after "belongs to a customer: ". */
    public CustomerOwned(String serial, String rule) {
        super("customer-owned", "Unit cannot move", "Unit " + serial + " belongs to a customer: " + rule,
                Map.of("serial", serial));
        this.serial = serial;
    }

    public String serial() {
        return serial;
    }
}
