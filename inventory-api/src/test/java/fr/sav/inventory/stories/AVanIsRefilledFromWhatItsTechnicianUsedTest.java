package fr.sav.inventory.stories;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * « Le technicien itinérant pose des pièces de son véhicule ; le magasin lui propose un minimum et un maximum tirés de
 * ce qu'il a consommé, prépare l'envoi qui le recomplète et l'expédie. Pendant le trajet, les pièces sont comptées et
 * valorisées, mais ne servent personne ; à l'arrivée, ce qui manque est constaté. »
 */
class AVanIsRefilledFromWhatItsTechnicianUsedTest extends ApiTest {

    @Test
    void theVanIsToppedUpToItsMaximumAndAPieceLostOnTheWayIsRecorded() {
        Department department = new Department(admin, userWith("MANAGER"));
        Api storekeeper = userWith("STOREKEEPER");
        String family = Fixtures.key("FAM");
        String pump = given.part(Map.of("family", family, "standardCost", "20.00"));
        String van = admin.post("/api/locations", Map.of("code", Fixtures.key("VAN"), "name", "Camion de Karim",
                "kind", "VAN", "parent", department.store)).expect(201).string("code");
        Api technician = technicianAt(van);
        receive(pump, department.store, 30);
        receive(pump, van, 30);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 13; week >= 1; week--) {
            technician.post("/api/movements", Map.of("type", "ISSUE", "sku", pump, "quantity", 2,
                    "reference", "INT-" + week, "occurredAt", monday.minusWeeks(week).plusDays(1) + "T14:00:00Z"))
                    .expect(201);
        }

        List<?> proposed = (List<?>) storekeeper.get("/api/locations/" + van + "/stock-rules/proposed").expect(200)
                .get("rules");
        storekeeper.put("/api/locations/" + van + "/stock-rules", Map.of("rules", proposed.stream()
                .map(r -> (Map<?, ?>) r).map(r -> Map.of("sku", r.get("sku"), "min", r.get("min"), "max", r.get("max")))
                .toList())).expect(200);
        Map<?, ?> proposal = (Map<?, ?>) storekeeper.get("/api/replenishment?location=" + van).expect(200).items().get(0);
        String number = storekeeper.post("/api/transfer-orders", Map.of("to", van, "fromReplenishment", true))
                .expect(201).string("number");
        storekeeper.post("/api/transfer-orders/" + number + "/ship", "{}").expect(200);
        Map<String, Object> onTheWay = admin.get("/api/parts/" + pump + "/stock").expect(200).body();
        Map<?, ?> valuedOnTheWay = valuation(family);
        technician.post("/api/transfer-orders/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", pump, "quantity", 4)))).expect(200);

        assertEquals(4, ((Number) proposal.get("onHand")).intValue(), "30 − 13 weeks × 2");
        assertEquals(7, ((Number) proposal.get("min")).intValue(), "see StockRulesTest for the worked figures");
        assertEquals(9, ((Number) proposal.get("max")).intValue());
        assertEquals(5, ((Number) proposal.get("proposed")).intValue(), "9 − 4");
        assertEquals(5, ((Number) onTheWay.get("inTransit")).intValue());
        assertEquals(34, ((Number) onTheWay.get("onHand")).intValue(), "store 25 + van 4 + 5 on the way");
        assertEquals(29, ((Number) onTheWay.get("available")).intValue(), "what is on the way serves nobody");
        assertEquals(34, ((Number) valuedOnTheWay.get("quantity")).intValue());
        assertMoney("680.00", valuedOnTheWay.get("value"));
        assertEquals(25, department.onHand(pump, department.store, "NEW"));
        assertEquals(8, department.onHand(pump, van, "NEW"), "4 + the 4 that arrived");
        assertEquals(List.of("TRANSFER " + pump + " NEW→NEW", "TRANSFER " + pump + " NEW→NEW",
                "ADJUSTMENT " + pump + " NEW→null"), department.ledger(number));
        Map<?, ?> valuedAfter = valuation(family);
        assertEquals(33, ((Number) valuedAfter.get("quantity")).intValue());
        assertMoney("660.00", valuedAfter.get("value"));
        assertEquals(List.of(), storekeeper.get("/api/replenishment?location=" + van).expect(200).items(),
                "8 is not below the minimum of 7");
    }

    private void receive(String sku, String location, int quantity) {
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", location, "quantity", quantity,
                "unitCost", "20.00")).expect(201);
    }

    private Api technicianAt(String van) {
        String username = Fixtures.key("tech").toLowerCase();
        admin.post("/api/users", Map.of("username", username, "password", TestUsers.PASSWORD,
                "roles", List.of("WORKSHOP"), "location", van)).expect(201);
        return Api.at(server.getURI()).as(username, TestUsers.PASSWORD);
    }

    private Map<?, ?> valuation(String family) {
        return ((List<?>) admin.get("/api/stock/valuation?by=family").expect(200).get("rows")).stream()
                .map(r -> (Map<?, ?>) r).filter(r -> family.equals(r.get("key"))).findFirst().orElseThrow();
    }

    private static void assertMoney(String expected, Object actual) {
        assertTrue(new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))) == 0,
                "expected " + expected + " but was " + actual);
    }
}
