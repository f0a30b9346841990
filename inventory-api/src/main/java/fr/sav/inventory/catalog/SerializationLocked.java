package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: whether a part is serialized no longer changes once it has stock movements. */
final class SerializationLocked extends Conflict {

    private final String sku;

    SerializationLocked(String sku) {
        super("serialization-locked", "Serialization cannot change",
                sku + " has stock movements; whether it is serialized can no longer change", Map.of("sku", sku));
        this.sku = sku;
    }

    String sku() {
        return sku;
    }
}
