package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: a plain movement names a unit that something holds (a reservation, a repair order, an issue). */
final class UnitHeld extends Conflict {

    UnitHeld(String serial, UnitStatus status, @Nullable String holder) {
        super("unit-held", "Unit is held",
                "Unit " + serial + " is " + status + (holder == null ? "" : ", held by " + holder)
                        + ": it moves only through what holds it, not by a plain movement",
                facts(serial, status, holder));
    }

    private static Map<String, Object> facts(String serial, UnitStatus status, @Nullable String holder) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("serial", serial);
        facts.put("unitStatus", status.name());
        if (holder != null) {
            facts.put("holder", holder);
        }
        return facts;
    }
}
