package fr.sav.inventory.stories;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « Personne n'a la résistance : ni le magasin, ni l'atelier, ni une réparation en cours. On l'achète pour l'OR,
 * et à la réception elle est réservée pour lui, sans que personne ne la prenne entre-temps. »
 */
class APartNobodyHasIsBoughtForTheRepairOrderTest extends ApiTest {

    @Test
    void thePartIsBoughtForTheOrderAndReservedForItOnArrival() {
        Department department = new Department(admin, userWith("MANAGER"));
        String element = given.part(Map.of("family", "HEATING", "standardCost", "25.00"));
        String supplier = given.supplier();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "RES-" + element, "sku", element,
                "price", "21.50", "preferred", true)).expect(200);
        String customersOven = department.customerDropOff(given.serializedPart(), Fixtures.key("CUST"), "CLIENT-PETIT");
        Figures before = department.dashboard();

        Reply refused = admin.post("/api/reservations", Map.of("sku", element, "quantity", 1,
                "reference", customersOven));
        Reply reserved = admin.post("/api/reservations", Map.of("sku", element, "quantity", 1,
                "reference", customersOven, "source", "PURCHASE")).expect(201);
        String request = reserved.string("awaiting");
        Figures ordered = department.dashboard();
        department.purchaseArrives(request, element, 1);
        Reply held = admin.get("/api/reservations/" + reserved.integer("id")).expect(200);
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", element, "fromLocation", department.store,
                "reference", "INT-OTHER")).expectProblem(409, "insufficient-stock");
        admin.post("/api/reservations/" + reserved.integer("id") + "/fulfil", "{}").expect(200);

        refused.expectProblem(409, "insufficient-stock");
        assertEquals("PURCHASE", ((Map<?, ?>) ((List<?>) refused.get("options")).get(0)).get("source"));
        assertEquals("AWAITING_RECEIPT", reserved.string("status"));
        assertEquals("ACTIVE", held.string("status"));
        assertEquals(department.store, held.string("location"));
        assertEquals(List.of("RECEIPT " + element + " null→NEW"), department.ledger(request));
        assertEquals(List.of("ISSUE " + element + " NEW→null"), department.ledger(customersOven));
        assertEquals(0, department.onHand(element, department.store, "NEW"));
        assertEquals(1, ordered.unmetThisWeek() - before.unmetThisWeek(), "the refused reservation's shortfall");
        Figures after = department.dashboard();
        assertEquals(0, after.pieces("NEW") - before.pieces("NEW"), "received and issued");
        assertEquals(before.stockTotal(), after.stockTotal(), 0.001);
    }
}
