package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The economic rule counts everything the repair would cost: parts, labour and a subcontractor's quote. */
class EconomicRuleTest extends ApiTest {

    @Test
    void labourAndASubcontractorsQuoteTipARepairIntoScrap() {
        String sku = given.part(Map.of("standardCost", "100.00", "repairable", true));
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY",
                "origin", "TECHNICIAN_RETURN")).expect(201).string("number");

        Reply diagnosed = admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "moteur",
                "estimatedCost", "20.00", "estimatedMinutes", 40, "subcontractQuote", "15.00")).expect(200);

        assertEquals(65.0, ((Number) diagnosed.get("estimatedTotal")).doubleValue(), "20.00 + 40 min at 45.00 + 15.00");
        assertEquals(60.0, ((Number) diagnosed.get("threshold")).doubleValue(), "60 % of 100.00");
        assertEquals("SCRAP", diagnosed.string("recommendation"));
        String reason = diagnosed.string("recommendationReason");
        assertTrue(reason.contains("65.00") && reason.contains("60.00") && reason.contains("labour 30.00"), reason);
        assertEquals(65.0, ((Number) admin.get("/api/repair-orders/" + number).get("estimatedTotal")).doubleValue());
    }
}
