package fr.sav.inventory.shared;

import java.util.Map;

/** Refused: the Idempotency-Key was already used by the same account for a different request. */
final class IdempotencyKeyReused extends Conflict {

    private final String key;

    IdempotencyKeyReused(String key) {
        super("idempotency-key-reused", "Idempotency key reused",
                "The Idempotency-Key '" + key + "' was already used with a different request", Map.of("key", key));
        this.key = key;
    }

    String key() {
        return key;
    }
}
