package fr.sav.inventory.purchasing;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The purchasing rules: closing a short delivery, four eyes on approval, and the buyers' approval limit. */
class PurchaseRulesTest extends ApiTest {

    private Api buyer;
    private Api otherBuyer;
    private Api manager;

    @BeforeAll
    void accounts() {
        buyer = userWith("BUYER");
        otherBuyer = userWith("BUYER");
        manager = userWith("MANAGER");
    }

    @Test
    void closingAPartlyReceivedRequestTakesTheRestOffOrderAndTheSuggestionComesBack() {
        String family = Fixtures.key("FAM");
        String sku = given.part(Map.of("family", family));
        String store = given.store();
        String supplier = given.supplier();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "R-" + sku, "sku", sku,
                "price", "10.00", "leadTimeDays", 14)).expect(200);
        PurchasingFixtures.consumed(admin, sku, store);
        String number = buyer.post("/api/purchase-requests", Map.of("fromSuggestions", true, "family", family))
                .expect(201).body().get("requests").toString().replaceAll(".*number=(PR-\\d{4}-\\d{6}).*", "$1");
        int ordered = buyer.get("/api/parts/" + sku + "/stock").integer("onOrder");
        buyer.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);
        otherBuyer.post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
        buyer.post("/api/purchase-requests/" + number + "/close", "{}").expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "APPROVED", "action", "close"));
        buyer.post("/api/purchase-requests/" + number + "/order", "{}").expect(200);
        buyer.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", sku, "quantity", 1, "location", store)))).expect(200);
        assertEquals(ordered - 1, buyer.get("/api/parts/" + sku + "/stock").integer("onOrder"));
        assertEquals(List.of(), PurchasingFixtures.suggestions(buyer, family), "what is still on order is not suggested again");

        Reply closed = buyer.post("/api/purchase-requests/" + number + "/close", "{}").expect(200);

        assertEquals("CLOSED", closed.string("status"));
        assertEquals(List.of(), closed.get("allowedActions"));
        assertTrue(closed.get("closedAt") != null, closed.text());
        assertEquals(0, buyer.get("/api/parts/" + sku + "/stock").integer("onOrder"));
        List<Map<String, Object>> suggested = PurchasingFixtures.suggestions(buyer, family);
        assertEquals(1, suggested.size(), "the rest that will not come is suggested again");
        assertEquals(0, ((Number) suggested.get(0).get("onOrder")).intValue());
        buyer.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", sku, "quantity", 1, "location", store)))).expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "CLOSED", "action", "receive", "allowed", List.of()));
    }

    @Test
    void theAccountThatCreatedOrSubmittedARequestCannotApproveIt() {
        String number = request(2, "10.00");
        otherBuyer.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);

        Reply byCreator = buyer.post("/api/purchase-requests/" + number + "/approve", "{}");
        Reply bySubmitter = otherBuyer.post("/api/purchase-requests/" + number + "/approve", "{}");

        byCreator.expectProblem(409, "four-eyes");
        bySubmitter.expectProblem(409, "four-eyes");
        assertEquals(number, byCreator.string("number"));
        assertTrue(byCreator.string("detail").contains("another account"), byCreator.string("detail"));
        assertEquals("SUBMITTED", admin.get("/api/purchase-requests/" + number).string("status"));
        manager.post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
        List<?> history = (List<?>) admin.get("/api/purchase-requests/" + number).get("history");
        assertEquals(3, history.size(), "refused approvals leave no trace in the history");
    }

    @Test
    void aBuyerCannotApproveARequestAboveTheApprovalLimitButAManagerCan() {
        String number = request(2, "2600.00");
        buyer.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);

        Reply refused = otherBuyer.post("/api/purchase-requests/" + number + "/approve", "{}");

        refused.expectProblem(403, "approval-limit");
        assertEquals(5200.0, ((Number) refused.get("total")).doubleValue());
        assertEquals(5000.0, ((Number) refused.get("limit")).doubleValue());
        assertEquals("EUR", refused.string("currency"));
        assertTrue(refused.string("detail").contains("5200.00") && refused.string("detail").contains("5000"),
                refused.string("detail"));
        assertEquals("SUBMITTED", admin.get("/api/purchase-requests/" + number).string("status"));
        assertEquals("APPROVED", manager.post("/api/purchase-requests/" + number + "/approve", "{}").expect(200)
                .string("status"));
    }

    @Test
    void aBuyerApprovesARequestUpToTheLimit() {
        String number = request(2, "2500.00");
        buyer.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);

        Reply approved = otherBuyer.post("/api/purchase-requests/" + number + "/approve", "{}");

        assertEquals("APPROVED", approved.expect(200).string("status"));
    }

    /** A request created by {@code buyer} for a quantity of a new part at a unit price. */
    private String request(int quantity, String price) {
        String supplier = given.supplier();
        String sku = given.part();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "R-" + sku, "sku", sku,
                "price", price)).expect(200);
        return buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", quantity)))).expect(201).string("number");
    }
}
