package fr.sav.inventory.purchasing;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offers in other currencies are compared in EUR at the configured rates; without a rate they are left out. */
class OfferCurrencyTest extends ApiTest {

    private Api buyer;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("inventory.currency-rates.USD", "0.92");
        properties.put("inventory.purchasing.approval-limit", "1000");
        return properties;
    }

    @BeforeAll
    void buyer() {
        buyer = userWith("BUYER");
    }

    @Test
    void anOfferInDollarsThatIsCheaperInEurosWinsOverAHigherFigureInEuros() {
        String family = Fixtures.key("FAM");
        String sku = consumedPart(family);
        String inEuros = offer(sku, "10.00", "EUR");
        String inDollars = offer(sku, "10.50", "USD");

        Map<String, Object> suggestion = PurchasingFixtures.suggestions(buyer, family).get(0);

        assertEquals(inDollars, suggestion.get("supplier"), suggestion.toString());
        assertEquals(9.66, ((Number) suggestion.get("unitPrice")).doubleValue(), 0.001, "the price in EUR");
        assertTrue(((String) suggestion.get("explanation")).contains(inEuros), (String) suggestion.get("explanation"));
    }

    @Test
    void anOfferInACurrencyWithoutARateIsLeftOutAndTheExplanationSaysSo() {
        String family = Fixtures.key("FAM");
        String sku = consumedPart(family);
        String inEuros = offer(sku, "10.00", "EUR");
        String inPounds = offer(sku, "1.00", "GBP");

        Map<String, Object> suggestion = PurchasingFixtures.suggestions(buyer, family).get(0);

        assertEquals(inEuros, suggestion.get("supplier"), suggestion.toString());
        String explanation = (String) suggestion.get("explanation");
        assertTrue(explanation.contains(inPounds) && explanation.contains("GBP")
                && explanation.contains("inventory.currency-rates.GBP"), explanation);
    }

    @Test
    void theApprovalLimitIsComparedInEuros() {
        String sku = given.part();
        String supplier = offer(sku, "1050.00", "USD");
        String number = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 1)))).expect(201).string("number");
        buyer.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);

        userWith("BUYER").post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
    }

    @Test
    void aRequestInACurrencyWithoutARateIsApprovedByAManager() {
        String sku = given.part();
        String supplier = offer(sku, "10.00", "GBP");
        String number = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 1)))).expect(201).string("number");
        buyer.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);

        userWith("BUYER").post("/api/purchase-requests/" + number + "/approve", "{}")
                .expectProblem(409, "missing-currency-rate").string("detail").contains("inventory.currency-rates.GBP");
        userWith("MANAGER").post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
    }

    private String consumedPart(String family) {
        String sku = given.part(Map.of("family", family));
        PurchasingFixtures.consumed(admin, sku, given.store());
        return sku;
    }

    /** A new supplier's offer for the part, in this currency; answers the supplier's code. */
    private String offer(String sku, String price, String currency) {
        String supplier = given.supplier();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "R-" + sku, "sku", sku,
                "price", price, "currency", currency, "leadTimeDays", 14)).expect(200);
        return supplier;
    }
}
