package fr.sav.inventory.catalog;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogApiTest extends ApiTest {

    @Test
    void aPartIsCreatedReadAndFoundBySearch() {
        String sku = Fixtures.key("lv-pmp").toLowerCase();

        admin.post("/api/parts", Map.of("sku", sku, "name", "Pompe de vidange Élite", "family", "PUMP-LV",
                "manufacturer", "Askoll", "manufacturerRef", "M231XP", "serialized", false, "repairable", true,
                "standardCost", "42.50", "exchangePrice", "25.00")).expect(201);

        var part = admin.get("/api/parts/" + sku.toUpperCase()).expect(200);
        assertEquals(sku.toUpperCase(), part.string("sku"));
        assertEquals("Pompe de vidange Élite", part.string("name"));
        assertEquals("PIECE", part.string("unit"));
        assertEquals(42.5, ((Number) part.get("standardCost")).doubleValue());
        var found = admin.get("/api/parts?q=" + sku.substring(3) + "&family=PUMP-LV").expect(200);
        assertEquals(1, found.integer("total"));
        assertEquals(sku.toUpperCase(), found.items().get(0).get("sku"));
    }

    @Test
    void aDuplicateSkuIsAConflictNotAServerError() {
        String sku = given.part();

        var reply = admin.post("/api/parts", Map.of("sku", sku.toLowerCase(), "name", "Doublon"));

        reply.expectProblem(409, "duplicate");
        assertEquals(sku, reply.string("key"));
    }

    @Test
    void aGtinWithAWrongCheckDigitIsRefusedAndAGoodOneIsUniqueAndScannable() {
        admin.post("/api/parts", Map.of("sku", Fixtures.key("G"), "name", "x", "gtin", "4006381333932"))
                .expectProblem(400, "invalid-request");
        String gtin = Fixtures.gtin();
        String sku = given.part(Map.of("gtin", gtin));

        admin.post("/api/parts", Map.of("sku", Fixtures.key("G"), "name", "x", "gtin", gtin)).expectProblem(409, "duplicate")
                .expectFacts(Map.of("resource", "gtin", "key", gtin, "sku", sku));
        var scanned = admin.get("/api/scan/" + gtin).expect(200);

        assertEquals("PART", scanned.string("kind"));
        assertEquals(sku, scanned.string("key"));
    }

    @Test
    void updatingReplacesTheFieldsButNeverTheSku() {
        String sku = given.part();

        admin.put("/api/parts/" + sku, Map.of("name", "Moteur", "family", "MOTOR", "standardCost", "99.90")).expect(200);
        admin.put("/api/parts/" + sku, Map.of("sku", "OTHER-SKU", "name", "Moteur")).expectProblem(400, "invalid-request");

        var part = admin.get("/api/parts/" + sku).expect(200);
        assertEquals("Moteur", part.string("name"));
        assertEquals("MOTOR", part.string("family"));
    }

    @Test
    void serializationCannotChangeOnceThePartHasMoved() {
        String sku = given.part();
        String store = given.store();
        admin.put("/api/parts/" + sku, Map.of("name", "x", "serialized", true)).expect(200);
        admin.put("/api/parts/" + sku, Map.of("name", "x", "serialized", false)).expect(200);
        given.receive(sku, store, 1, "NEW");

        admin.put("/api/parts/" + sku, Map.of("name", "x", "serialized", true)).expectProblem(409, "serialization-locked")
                .expectFacts(Map.of("sku", sku));

        assertEquals(false, admin.get("/api/parts/" + sku).get("serialized"));
    }

    @Test
    void equivalentsAndComponentsAreReplacedAndShown() {
        String board = given.part();
        String newBoard = given.part();
        String relay = given.part();
        String fuse = given.part();

        admin.put("/api/parts/" + board + "/equivalents", Map.of("skus", List.of(newBoard))).expect(200);
        admin.put("/api/parts/" + board + "/components", Map.of("components",
                List.of(Map.of("sku", relay, "quantity", 2), Map.of("sku", fuse, "quantity", 1)))).expect(200);

        var part = admin.get("/api/parts/" + board).expect(200);
        assertEquals(List.of(newBoard), part.get("equivalents"));
        assertEquals(2, ((List<?>) part.get("components")).size());
        admin.put("/api/parts/" + relay + "/components", Map.of("components", List.of(Map.of("sku", board, "quantity", 1))))
                .expectProblem(409, "component-cycle")
                .expectFacts(Map.of("assembly", relay, "component", board));
        admin.put("/api/parts/" + board + "/equivalents", Map.of("skus", List.of(board))).expectProblem(400, "invalid-request");
        admin.put("/api/parts/" + board + "/equivalents", Map.of("skus", List.of("NO-SUCH-PART"))).expectProblem(404, "not-found");
    }

    @Test
    void aYesNoFieldTakesTrueOrFalseAndNothingElse() {
        for (Object notAFlag : List.of("maybe", "true", 1, 0, List.of(true))) {
            String sku = Fixtures.key("FLAG");
            admin.post("/api/parts", Map.of("sku", sku, "name", "Carte", "serialized", notAFlag))
                    .expectProblem(400, "bad-request");
            admin.get("/api/parts/" + sku).expectProblem(404, "not-found");
        }
        String sku = Fixtures.key("FLAG");
        admin.post("/api/parts", Map.of("sku", sku, "name", "Carte", "serialized", true)).expect(201);
        assertEquals(true, admin.get("/api/parts/" + sku).get("serialized"));
    }

    @Test
    void locationsHaveKindsAndParents() {
        String store = given.store();
        String bin = Fixtures.key("BIN");

        admin.post("/api/locations", Map.of("code", bin, "name", "Casier A-03", "kind", "BIN", "parent", store)).expect(201);

        var location = admin.get("/api/locations/" + bin).expect(200);
        assertEquals("BIN", location.string("kind"));
        assertEquals(store, location.string("parent"));
        admin.post("/api/locations", Map.of("code", bin, "name", "x", "kind", "BIN")).expectProblem(409, "duplicate");
        admin.post("/api/locations", Map.of("code", Fixtures.key("X"), "name", "x", "kind", "ATTIC")).expectProblem(400, "bad-request");
        var orphan = admin.post("/api/locations", Map.of("code", Fixtures.key("X"), "name", "x", "kind", "BIN",
                "parent", "NOWHERE")).expectProblem(400, "invalid-request");
        assertEquals(List.of(Map.of("field", "parent", "message", "no location 'NOWHERE'", "rule", "unknown-location",
                "facts", Map.of("location", "NOWHERE"))), orphan.get("errors"), "the rule and its facts, for the pages");
        assertTrue(admin.get("/api/locations?kind=BIN&size=500").integer("total") >= 1);
    }

    @Test
    void suppliersAndTheirOffersAreListed() {
        String supplier = given.supplier();
        String sku = given.part();

        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "REF-1", "sku", sku, "price", "12.3456",
                "minOrderQty", 5, "packSize", 5, "preferred", true)).expect(200);
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "REF-1", "sku", sku, "price", "11.00"))
                .expect(200);

        var offers = admin.get("/api/suppliers/" + supplier + "/offers").expect(200);
        assertEquals(1, offers.integer("total"));
        Map<String, Object> offer = offers.items().get(0);
        assertEquals(11.0, ((Number) offer.get("price")).doubleValue());
        assertEquals(5, ((Number) offer.get("leadTimeDays")).intValue(), "falls back to the supplier's lead time");
        assertEquals(1, admin.get("/api/parts/" + sku + "/offers").json() instanceof List<?> l ? l.size() : -1);
        admin.post("/api/suppliers", Map.of("code", supplier, "name", "x")).expectProblem(409, "duplicate");
        admin.get("/api/suppliers/NO-SUCH-SUPPLIER").expectProblem(404, "not-found");
    }

    @Test
    void anOfferCarriesTheSuppliersWarrantyInMonthsWhenOneIsGiven() {
        String supplier = given.supplier();
        String sku = given.part();

        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "W-24", "sku", sku, "price", "10.00",
                "warrantyMonths", 24)).expect(200);
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "W-NONE", "sku", sku, "price", "9.00"))
                .expect(200);
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "W-BAD", "sku", sku, "price", "9.00",
                "warrantyMonths", -1)).expectProblem(400, "invalid-request");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> offers = (List<Map<String, Object>>) admin.get("/api/parts/" + sku + "/offers").expect(200).json();
        Map<Object, Object> warranties = new java.util.HashMap<>();
        offers.forEach(offer -> warranties.put(offer.get("supplierRef"), offer.get("warrantyMonths")));
        assertEquals(2, offers.size());
        assertEquals(24, ((Number) warranties.get("W-24")).intValue());
        assertEquals(null, warranties.get("W-NONE"), "no warranty said: none assumed");
    }
}
