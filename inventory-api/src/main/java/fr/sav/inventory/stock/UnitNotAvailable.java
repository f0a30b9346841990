package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the unit's status (issued, with a customer, held, elsewhere) does not let it do what is asked. */
public final class UnitNotAvailable extends Conflict {

    private final String serial;
    private final UnitStatus status;

    private UnitNotAvailable(String title, String serial, UnitStatus status, String detail) {
        super("unit-not-available", title, detail, Map.of("serial", serial, "unitStatus", status.name()));
        this.serial = serial;
        this.status = status;
    }

    /** Only a unit of ours on hand can be lent. */
    public static UnitNotAvailable toLend(String serial, UnitStatus status) {
        return new UnitNotAvailable("Unit not in stock", serial, status, "Unit " + serial + " is " + status
                + ": only a unit of ours on hand can be lent");
    }

    /** Only an ISSUED unit is handed to a customer. */
    static UnitNotAvailable notIssued(String serial, UnitStatus status) {
        return new UnitNotAvailable("Unit not issued", serial, status, "Unit " + serial + " is " + status);
    }

    /** Only a unit of the part in stock at the place (and in the status required) can be held or released. */
    static UnitNotAvailable toHold(String serial, UnitStatus status, Condition condition, Place place) {
        return new UnitNotAvailable("Unit cannot be held", serial, status, "Unit " + serial + " is " + status + ", "
                + condition + "; it is not available " + place);
    }

    /** Only a unit of ours with a customer can be sold to them. */
    static UnitNotAvailable toSell(String serial, Owner owner, UnitStatus status) {
        return new UnitNotAvailable("Unit cannot move", serial, status, "Unit " + serial + " is " + owner + ", "
                + status + ": only a unit of ours with a customer can be sold to them");
    }

    public String serial() {
        return serial;
    }

    public UnitStatus status() {
        return status;
    }
}
