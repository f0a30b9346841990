package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.DomainException;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** The part changed since the client loaded it (its {@code If-Match} names an older version): nothing was written. */
class PartChanged extends DomainException {

    PartChanged(String sku) {
        super("part-changed", "The part was changed meanwhile", HttpStatus.PRECONDITION_FAILED,
                sku + " was changed by someone else since you loaded it: reload it, check their change and make "
                        + "yours again", Map.of("sku", sku));
    }
}
