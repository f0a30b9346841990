package fr.sav.inventory.repair;

import io.micronaut.serde.annotation.Serdeable;

/** A reservation a closing repair order gave back to available stock. */
@Serdeable
public record Released(long reservation, String sku, int quantity) {

    @Override
    public String toString() {
        return quantity + " × " + sku + " (reservation " + reservation + ")";
    }
}
