package fr.sav.inventory.repair;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.util.HashMap;
import java.util.Map;

/** Refused: only an item of a part in the exchange programme (with an exchange price) can be exchanged. */
final class NotExchangeable extends Conflict {

    NotExchangeable(String number, @Nullable String sku) {
        super("not-exchangeable", "Not in the exchange programme", number + (sku == null
                ? " names no part: a standard exchange needs the item's sku"
                : ": " + sku + " has no exchange price, so no standard exchange; hand the item back unrepaired "
                + "or scrap it with the customer's consent"), facts(number, sku));
    }

    private static Map<String, Object> facts(String number, @Nullable String sku) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("number", number);
        if (sku != null) {
            facts.put("sku", sku);
        }
        return facts;
    }
}
