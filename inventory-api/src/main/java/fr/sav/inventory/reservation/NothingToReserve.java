package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Conflict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Refused: stock cannot serve the whole request; carries the availability cascade so the user can choose. */
final class NothingToReserve extends Conflict {

    private final int shortfall;

    NothingToReserve(String sku, int requested, int available, List<AvailabilityOption> options) {
        super("insufficient-stock", "Not enough stock to reserve",
                requested + " × " + sku + " wanted; stock can serve " + available + ". See the options: equivalents, "
                        + "items in repair, cannibalisation or purchase.", facts(sku, requested, available, options));
        this.shortfall = requested - available;
    }

    int shortfall() {
        return shortfall;
    }

    private static Map<String, Object> facts(String sku, int requested, int available, List<AvailabilityOption> options) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sku", sku);
        facts.put("requested", requested);
        facts.put("available", available);
        facts.put("options", options);
        return facts;
    }
}
