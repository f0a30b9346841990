package fr.sav.inventory.web;

import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestUsers;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOMAIN rule 18 in the pages: the store replenishes a van by a transfer order, the technician receives it. */
class WebFieldStockTest extends WebTest {

    @Test
    void theStoreTurnsItsProposalsIntoAShippedTransferOrder() {
        String store = given.store();
        String van = van(store);
        String sku = given.part();
        given.receive(sku, store, 10, "NEW");
        admin.put("/api/locations/" + van + "/stock-rules", Map.of("rules", List.of(Map.of("sku", sku, "min", 2,
                "max", 5)))).expect(200);
        loginAs("STOREKEEPER");
        browser.go("replenishment");

        browser.type(By.id("replenish-location"), van);
        browser.click(By.id("replenish-propose"));
        browser.waitForText(By.id("proposal-" + sku), "5");
        browser.click(By.id("replenish-create"));
        String number = browser.waitForText(By.id("replenish-number"), "TO-").getText().split(" ")[0];
        browser.click(By.id("replenish-ship"));
        browser.waitForText(By.id("replenish-shipped"), number);

        assertEquals("IN_TRANSIT", admin.get("/api/transfer-orders/" + number).expect(200).string("status"));
        assertEquals(5, given.onHand(sku, store, "NEW"));
        assertEquals(5, admin.get("/api/parts/" + sku + "/stock").expect(200).integer("inTransit"));
        browser.fullScreenshot("replenishment");
    }

    @Test
    void theStorekeeperAcceptsTheRulesProposedFromTheVansConsumption() {
        String store = given.store();
        String van = van(store);
        String sku = given.part();
        given.receive(sku, van, 10, "NEW");
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", van, "quantity", 3,
                "reference", "INT-1", "occurredAt", java.time.Instant.now().minus(java.time.Duration.ofDays(9))
                        .toString())).expect(201);
        loginAs("STOREKEEPER");
        browser.go("replenishment");

        browser.type(By.id("replenish-location"), van);
        browser.click(By.id("replenish-rules-edit"));
        browser.waitFor(By.id("rule-" + sku + "-max"));
        browser.click(By.id("rules-save"));
        browser.waitForText(By.id("rules-saved"), van);

        List<?> rules = (List<?>) admin.get("/api/locations/" + van + "/stock-rules").expect(200).get("rules");
        assertEquals(1, rules.size());
        Map<?, ?> rule = (Map<?, ?>) rules.get(0);
        Map<?, ?> proposed = (Map<?, ?>) ((List<?>) admin.get("/api/locations/" + van + "/stock-rules/proposed")
                .expect(200).get("rules")).get(0);
        assertEquals(proposed.get("min"), rule.get("min"));
        assertEquals(proposed.get("max"), rule.get("max"));
        assertTrue(((Number) rule.get("max")).intValue() > 0);
    }

    @Test
    void aTechnicianSeesTheirVanAndReceivesWhatIsComing() {
        String store = given.store();
        String van = van(store);
        String sku = given.part();
        given.receive(sku, store, 4, "NEW");
        given.receive(sku, van, 1, "NEW");
        admin.put("/api/locations/" + van + "/stock-rules", Map.of("rules", List.of(Map.of("sku", sku, "min", 2,
                "max", 4)))).expect(200);
        String number = admin.post("/api/transfer-orders", Map.of("to", van, "fromReplenishment", true)).expect(201)
                .string("number");
        admin.post("/api/transfer-orders/" + number + "/ship", "{}").expect(200);
        String technician = Fixtures.key("tech").toLowerCase();
        admin.post("/api/users", Map.of("username", technician, "password", TestUsers.PASSWORD,
                "roles", List.of("WORKSHOP"), "location", van)).expect(201);
        browser.login(technician, TestUsers.PASSWORD);
        browser.go("van");

        browser.waitForText(By.id("van-part-" + sku), "1");
        assertTrue(browser.find(By.id("van-part-" + sku)).getText().contains("sous le minimum"));
        browser.click(By.id("van-receive-" + number));
        browser.waitForText(By.id("van-done"), number);

        browser.waitForText(By.id("van-nothing-coming"), "Rien");
        assertEquals(4, given.onHand(sku, van, "NEW"));
        assertTrue(browser.find(By.id("van-part-" + sku)).getText().startsWith(sku + " 4"),
                browser.find(By.id("van-part-" + sku)).getText());
        browser.fullScreenshot("van");
    }

    @Test
    void aManagerGivesATechnicianTheirVanAndChangesIt() {
        String store = given.store();
        String first = van(store);
        String second = van(store);
        String username = Fixtures.key("tech").toLowerCase();
        browser.login("admin", TestUsers.ADMIN_PASSWORD);
        browser.go("accounts");

        browser.type(By.id("account-username"), username);
        browser.type(By.id("account-password"), TestUsers.PASSWORD);
        browser.type(By.id("account-location"), first);
        browser.click(By.id("account-new-WORKSHOP"));
        browser.click(By.id("account-create"));
        browser.waitForText(By.id("accounts-done"), username);
        assertEquals(first, home(username));
        browser.waitFor(By.id("user-" + username + "-location")).clear();
        browser.find(By.id("user-" + username + "-location")).sendKeys(second);
        browser.click(By.id("user-" + username + "-save"));
        browser.waitForText(By.id("accounts-done"), "modifié");

        assertEquals(second, home(username));
    }

    private Object home(String username) {
        return ((List<?>) admin.get("/api/users").expect(200).json()).stream().map(u -> (Map<?, ?>) u)
                .filter(u -> username.equals(u.get("username"))).findFirst().orElseThrow().get("location");
    }

    private String van(String store) {
        return admin.post("/api/locations", Map.of("code", Fixtures.key("VAN"), "name", "Camion", "kind", "VAN",
                "parent", store)).expect(201).string("code");
    }
}
