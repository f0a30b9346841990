package fr.sav.inventory.web;

import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workshop page as technicians found it at 1280 px: what got in their way, each put right. */
class WebWorkshopBoardTest extends WebTest {

    private boolean withinTheWindow(WebElement element) {
        return (Boolean) browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= document.documentElement.clientWidth;", element);
    }

    @Test
    void aReservedLineIsNotOfferedAgainAndTheReferencesReservationsCanBeReleased() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 5, "NEW");
        String reference = "RO-2026-" + Fixtures.key("W").substring(2, 8);
        loginAs("WORKSHOP");
        browser.go("workshop");

        browser.type(By.id("cascade-sku"), sku);
        browser.type(By.id("cascade-quantity"), "2");
        browser.type(By.id("cascade-reference"), reference);
        browser.find(By.id("cascade-go")).click();
        WebElement reserve = browser.waitFor(By.cssSelector("#cascade button.reserve"));
        assertTrue(withinTheWindow(reserve), "the Reserve button is in sight at 1280 px");
        reserve.click();
        browser.waitFor(By.id("reserved"));

        assertTrue(browser.all(By.cssSelector("#cascade button.reserve")).isEmpty(), "the same line is not offered again");
        assertTrue(browser.find(By.id("cascade")).getText().contains("Réservé"));
        WebElement release = browser.waitFor(By.cssSelector("#held button.release"));
        assertEquals(2, ((Number) given.level(sku, store, "NEW").get("reserved")).intValue());

        release.click();
        browser.waitFor(By.id("released"));
        assertEquals(0, ((Number) given.level(sku, store, "NEW").get("reserved")).intValue());
        List<Map<String, Object>> reservations = admin.get("/api/reservations?reference=" + reference).items();
        assertEquals("RELEASED", reservations.get(0).get("status"));
    }

    @Test
    void theBoardFitsTheScreenItsCardsSayWhatAndItsClosedOrdersCanBeFound() {
        String sku = given.part(Map.of("name", "Pompe de vidange LV", "standardCost", "60.00"));
        String workshop = given.workshop();
        String serial = Fixtures.key("SN");
        String quoted = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-B1",
                "description", "ne vidange plus")).expect(201).string("number");
        admin.post("/api/repair-orders/" + quoted + "/diagnose", Map.of("findings", "turbine cassée",
                "estimatedCost", "15.00", "estimatedMinutes", 20)).expect(200);
        admin.post("/api/repair-orders/" + quoted + "/quote", Map.of("amount", "79.00",
                "location", given.location("AWAITING_CUSTOMER"))).expect(200);
        String closedSerial = Fixtures.key("SN");
        String closed = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", closedSerial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-B2")).expect(201).string("number");
        admin.post("/api/repair-orders/" + closed + "/scrap", Map.of("customerConsent", true)).expect(200);
        loginAs("WORKSHOP");
        browser.go("workshop");

        WebElement card = browser.waitFor(By.id("card-" + quoted));
        String text = card.getText();
        assertTrue(text.contains("Pompe de vidange LV") && text.contains("ne vidange plus") && text.contains("79"), text);
        assertEquals("Accepter", card.findElement(By.cssSelector("button[data-action='approve']")).getText());
        long overflow = ((Number) browser.script("const b = document.getElementById('repair-board');"
                + " return b.scrollWidth - b.clientWidth;")).longValue();
        assertEquals(0, overflow, "the board's columns fit without scrolling sideways");
        assertTrue(withinTheWindow(browser.find(By.cssSelector(".column[data-status='READY_FOR_PICKUP']"))));

        browser.find(By.cssSelector("#closed summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("closed-status"))).selectByValue("SCRAPPED");
        browser.type(By.id("closed-search"), closedSerial.toLowerCase());
        browser.waitForText(By.id("closed-orders"), closed);
        assertTrue(browser.find(By.id("closed-orders")).getText().contains("CLIENT-B2"));
        browser.screenshot("workshop-board");
    }
}
