package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MovementApiTest extends ApiTest {

    @Test
    void receivingThenIssuingMovesTheLevel() {
        String sku = given.part();
        String store = given.store();

        given.receive(sku, store, 5, "NEW");
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 2,
                "reference", "RO-2026-000001")).expect(201);

        assertEquals(3, given.onHand(sku, store, "NEW"));
    }
}
