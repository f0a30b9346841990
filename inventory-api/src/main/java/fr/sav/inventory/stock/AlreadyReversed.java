package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: the movement has already been taken back, by the reversal named when it is known. */
final class AlreadyReversed extends Conflict {

    private final long movement;
    private final @Nullable Long reversedBy;

    AlreadyReversed(long movement, @Nullable Long reversedBy) {
        super("already-reversed", "Already reversed", "Movement #" + movement + " has already been taken back"
                + (reversedBy == null ? "" : " by #" + reversedBy), facts(movement, reversedBy));
        this.movement = movement;
        this.reversedBy = reversedBy;
    }

    long movement() {
        return movement;
    }

    @Nullable Long reversedBy() {
        return reversedBy;
    }

    private static Map<String, Object> facts(long movement, @Nullable Long reversedBy) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("movement", movement);
        if (reversedBy != null) {
            facts.put("reversedBy", reversedBy);
        }
        return facts;
    }
}
