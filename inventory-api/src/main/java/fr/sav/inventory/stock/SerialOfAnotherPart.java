package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the serial named is a unit of another part than the one the request is about. */
public final class SerialOfAnotherPart extends Conflict {

    private final String serial;
    private final String sku;

    public SerialOfAnotherPart(String serial, String sku) {
        super("serial-of-another-part", "Unit cannot move", "Serial " + serial + " is a unit of another part, not of "
                + sku, Map.of("serial", serial));
        this.serial = serial;
        this.sku = sku;
    }

    public String serial() {
        return serial;
    }

    /** The part the request is about, which the unit is not one of. */
    public String sku() {
        return sku;
    }
}
