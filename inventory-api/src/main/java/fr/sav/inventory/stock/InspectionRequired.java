package fr.sav.inventory.stock;

import fr.sav.inventory.shared.DomainException;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** Refused: only workshop staff or a manager record the inspection that makes DEFECTIVE stock usable. */
final class InspectionRequired extends DomainException {

    InspectionRequired(String sku, Place from, Condition to) {
        super("inspection-required", "Only the workshop releases defective stock", HttpStatus.FORBIDDEN,
                "DEFECTIVE " + sku + " at " + from.location().code() + " becomes " + to + " only by an inspection "
                        + "recorded by workshop staff or a manager: hand it to the workshop",
                Map.of("sku", sku, "location", from.location().code(), "condition", from.condition().name(),
                        "toCondition", to.name()));
    }
}
