package fr.sav.inventory.shared;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Backdating;
import fr.sav.inventory.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idempotency records older than the retention are forgotten; younger ones still make a retry count once. */
class RetentionTest extends ApiTest {

    @Inject
    Retention retention;

    @Test
    void anIdempotencyRecordPastItsRetentionIsForgottenAndARecentOneStillHolds() throws Exception {
        String sku = given.part();
        String store = given.store();
        Map<String, Object> receipt = Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 1);
        String old = Fixtures.key("old");
        String recent = Fixtures.key("recent");
        admin.header("Idempotency-Key", old).post("/api/movements", receipt).expect(201);
        admin.header("Idempotency-Key", recent).post("/api/movements", receipt).expect(201);
        Backdating.idempotencyRecord(old, Instant.now().minus(Duration.ofDays(31)));

        Map<String, Integer> deleted = retention.run();

        assertTrue(deleted.get("idempotency records") >= 1, deleted.toString());
        admin.header("Idempotency-Key", recent).post("/api/movements", receipt).expect(201);
        assertEquals(2, given.onHand(sku, store, "NEW"), "a recent key still replays its first answer");
        admin.header("Idempotency-Key", old).post("/api/movements", receipt).expect(201);
        assertEquals(3, given.onHand(sku, store, "NEW"), "a key past its retention is a new request");
    }
}
