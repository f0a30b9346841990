package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the assembly named does not contain the part wanted, so taking it apart cannot give one. */
final class NotInAssembly extends Conflict {

    private final String assembly;
    private final String sku;

    NotInAssembly(String assembly, String sku) {
        super("not-in-assembly", "The assembly does not hold the part", assembly + " does not contain " + sku,
                Map.of("assembly", assembly, "sku", sku));
        this.assembly = assembly;
        this.sku = sku;
    }

    String assembly() {
        return assembly;
    }

    String sku() {
        return sku;
    }
}
