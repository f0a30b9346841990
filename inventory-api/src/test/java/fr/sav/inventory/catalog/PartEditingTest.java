package fr.sav.inventory.catalog;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** PATCH changes only what is sent; PUT replaces the whole part; If-Match guards both against lost updates. */
class PartEditingTest extends ApiTest {

    @Test
    void patchChangesOnlyTheFieldsSentAndTheGtinStillScans() {
        String gtin = Fixtures.gtin();
        String sku = given.part(Map.of("gtin", gtin, "manufacturer", "Askoll", "exchangePrice", "25.00"));

        admin.patch("/api/parts/" + sku, Map.of("name", "Pompe de vidange révisée")).expect(200);

        Reply part = admin.get("/api/parts/" + sku).expect(200);
        assertEquals("Pompe de vidange révisée", part.string("name"));
        assertEquals("PUMP", part.string("family"));
        assertEquals("Askoll", part.string("manufacturer"));
        assertEquals(gtin, part.string("gtin"));
        assertEquals(42.5, ((Number) part.get("standardCost")).doubleValue());
        assertEquals(25.0, ((Number) part.get("exchangePrice")).doubleValue());
        assertEquals(sku, admin.get("/api/scan/" + gtin).expect(200).string("key"));
    }

    @Test
    void patchWithNullClearsAnOptionalFieldButNeverTheName() {
        String sku = given.part(Map.of("manufacturer", "Askoll"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("family", null);
        clear.put("standardCost", null);

        admin.patch("/api/parts/" + sku, clear).expect(200);
        admin.raw("PATCH", "/api/parts/" + sku, "application/json", "{\"name\": null}").expectProblem(400, "invalid-request");
        admin.raw("PATCH", "/api/parts/" + sku, "application/json", "{\"serialized\": null}")
                .expectProblem(400, "invalid-request");

        Reply part = admin.get("/api/parts/" + sku).expect(200);
        assertNull(part.get("family"));
        assertNull(part.get("standardCost"));
        assertEquals("Askoll", part.string("manufacturer"));
        assertEquals("Pompe de vidange " + sku, part.string("name"));
    }

    @Test
    void putWithOnlyANameReplacesThePartWhole() {
        String sku = given.part(Map.of("gtin", Fixtures.gtin(), "manufacturer", "Askoll"));

        admin.put("/api/parts/" + sku, Map.of("name", "Moteur")).expect(200);

        Reply part = admin.get("/api/parts/" + sku).expect(200);
        assertEquals("Moteur", part.string("name"));
        assertNull(part.get("family"), "PUT is a full replace: what is not sent is cleared");
        assertNull(part.get("manufacturer"));
        assertNull(part.get("gtin"));
        assertNull(part.get("standardCost"));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String sku = given.part();
        String loaded = etag(admin.get("/api/parts/" + sku).expect(200));
        admin.patch("/api/parts/" + sku, Map.of("family", "MOTOR")).expect(200);

        Reply stalePatch = admin.header("If-Match", loaded).patch("/api/parts/" + sku, Map.of("name", "Écrasé"));
        Reply stalePut = admin.header("If-Match", loaded).put("/api/parts/" + sku, Map.of("name", "Écrasé"));

        stalePatch.expectProblem(412, "part-changed");
        stalePut.expectProblem(412, "part-changed");
        Reply part = admin.get("/api/parts/" + sku).expect(200);
        assertEquals("Pompe de vidange " + sku, part.string("name"));
        assertEquals("MOTOR", part.string("family"));
        assertNotEquals(loaded, etag(part));
    }

    @Test
    void aFreshIfMatchSucceedsAndAnswersTheNewETag() {
        String sku = given.part();
        String loaded = etag(admin.get("/api/parts/" + sku).expect(200));

        Reply patched = admin.header("If-Match", loaded).patch("/api/parts/" + sku, Map.of("family", "MOTOR")).expect(200);
        Reply replaced = admin.header("If-Match", etag(patched)).put("/api/parts/" + sku,
                Map.of("name", "Moteur", "family", "MOTOR")).expect(200);

        assertEquals("MOTOR", patched.string("family"));
        assertEquals(etag(replaced), etag(admin.get("/api/parts/" + sku).expect(200)));
        assertEquals("Moteur", admin.get("/api/parts/" + sku).string("name"));
    }

    private static String etag(Reply reply) {
        return reply.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + reply.text()));
    }
}
