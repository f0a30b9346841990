package fr.sav.inventory.reservation;

import fr.sav.inventory.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A technician's van and the quarantine area are not stock anyone can be served from (rule 15). */
class FieldStockAvailabilityTest extends ApiTest {

    @Test
    void stockInAVanOrInQuarantineIsNoStockOption() {
        String sku = given.part();
        String van = given.location("VAN");
        given.receive(sku, van, 2, "NEW");
        given.receive(sku, given.location("QUARANTINE"), 3, "NEW");

        Map<String, Object> cascade = admin.get("/api/parts/" + sku + "/availability?quantity=1").expect(200).body();

        assertEquals(List.of(), sources(cascade));
        assertEquals(0, ((Number) cascade.get("servableFromStock")).intValue());
        assertEquals(false, cascade.get("covered"));
    }

    @Test
    void askingForVansAddsTheVanStockAsAnOptionOfItsOwn() {
        String sku = given.part();
        String van = given.location("VAN");
        given.receive(sku, van, 2, "NEW");

        Map<String, Object> cascade = admin.get("/api/parts/" + sku + "/availability?quantity=1&includeVans=true")
                .expect(200).body();

        assertEquals(List.of("VAN_STOCK"), sources(cascade));
        Map<?, ?> option = (Map<?, ?>) ((List<?>) cascade.get("options")).get(0);
        assertEquals(van, option.get("location"));
        assertEquals(0, ((Number) cascade.get("servableFromStock")).intValue(), "a van serves others only by a transfer");
    }

    @Test
    void aReservationFromStockTakesNothingFromAVanOrTheQuarantine() {
        String sku = given.part();
        String van = given.location("VAN");
        String quarantine = given.location("QUARANTINE");
        given.receive(sku, van, 2, "NEW");
        given.receive(sku, quarantine, 2, "NEW");

        admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "reference", "RO-VAN"))
                .expectProblem(409, "insufficient-stock");

        assertEquals(0, ((Number) given.level(sku, van, "NEW").get("reserved")).intValue());
        assertEquals(0, ((Number) given.level(sku, quarantine, "NEW").get("reserved")).intValue());
    }

    private static List<?> sources(Map<String, Object> cascade) {
        return ((List<?>) cascade.get("options")).stream().map(o -> (Object) ((Map<?, ?>) o).get("source")).toList();
    }
}
