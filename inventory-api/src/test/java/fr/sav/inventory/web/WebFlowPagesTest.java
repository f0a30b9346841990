package fr.sav.inventory.web;

import fr.sav.inventory.support.Backdating;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flows that had no page: standard exchanges, the inspection of defective stock, scrapping with a harvest. */
class WebFlowPagesTest extends WebTest {

    @Test
    void anExchangeIsIssuedItsOverdueCoreShowsAndItIsTakenBackOrCharged() throws Exception {
        String sku = given.part(Map.of("standardCost", "90.00"));
        String store = given.store();
        String workshop = given.workshop();
        given.receive(sku, store, 2, "RECONDITIONED");
        loginAs("WORKSHOP");
        browser.go("exchanges");

        browser.type(By.cssSelector("#exchange-issue input[name='sku']"), sku);
        browser.type(By.cssSelector("#exchange-issue input[name='customerRef']"), "CLIENT-EX1");
        browser.find(By.id("exchange-issue-go")).click();
        String first = browser.waitFor(By.id("exchange-done")).getText().split(" ")[0];
        browser.type(By.cssSelector("#exchange-issue input[name='sku']"), sku);
        browser.type(By.cssSelector("#exchange-issue input[name='customerRef']"), "CLIENT-EX2");
        browser.find(By.id("exchange-issue-go")).click();
        browser.until(d -> !done().startsWith(first) && done().contains("CLIENT-EX2"));
        String second = done().split(" ")[0];
        assertEquals(0, given.onHand(sku, store, "RECONDITIONED"), "both pool units handed over");

        Backdating.coreDue(first, LocalDate.now().minusDays(4));
        browser.find(By.id("exchange-overdue")).click();
        browser.until(d -> d.findElements(By.cssSelector("#exchanges tr.overdue#exchange-" + first)).size() == 1);
        WebElement late = browser.find(By.id("exchange-" + first));
        assertTrue(late.getText().contains("en retard"), late.getText());
        late.findElement(By.cssSelector("button[data-action='core']")).click();
        late.findElement(By.cssSelector("form[data-action='core'] input[name='location']")).sendKeys(workshop);
        late.findElement(By.cssSelector("form[data-action='core'] button[type='submit']")).click();
        browser.waitForText(By.id("exchange-done"), first);

        browser.find(By.id("exchange-overdue")).click();
        browser.waitFor(By.id("exchange-" + second)).findElement(By.cssSelector("button[data-action='charge']")).click();
        browser.waitForText(By.id("exchange-done"), second);

        assertEquals("CORE_RECEIVED", admin.get("/api/exchanges/" + first).string("status"));
        assertEquals("CORE_CHARGED", admin.get("/api/exchanges/" + second).string("status"));
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"), "the core is back, defective, in the workshop");
    }

    private String done() {
        return (String) browser.script("return document.getElementById('exchange-done')?.textContent ?? ''");
    }

    @Test
    void theWorkshopInspectsAnUnusedPartAndRegradesItOrScrapsIt() {
        String sku = given.part();
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop, "quantity", 3,
                "reason", "UNUSED", "reference", "INT-2026-0777")).expect(201);
        loginAs("WORKSHOP");
        browser.go("workshop");

        browser.type(By.id("inspection-sku"), sku);
        browser.find(By.id("inspection-go")).click();
        WebElement row = browser.waitFor(By.cssSelector("#inspection-list[data-filter='&sku=" + sku + "'] form[data-sku='"
                + sku + "']"));
        WebElement quantity = row.findElement(By.name("quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        new org.openqa.selenium.support.ui.Select(row.findElement(By.name("toCondition"))).selectByValue("REPAIRED");
        row.findElement(By.name("note")).sendKeys("contrôlée : conforme");
        row.findElement(By.cssSelector("button.good")).click();
        browser.waitForText(By.id("inspected"), sku);
        browser.waitFor(By.cssSelector("#inspection-list form[data-sku='" + sku + "'] button.scrap")).click();
        browser.waitForText(By.id("inspected"), "rebut");

        assertEquals(2, given.onHand(sku, workshop, "REPAIRED"));
        assertEquals(0, given.onHand(sku, workshop, "DEFECTIVE"));
        List<Map<String, Object>> ledger = admin.get("/api/movements?sku=" + sku).items();
        assertEquals(List.of("SCRAP", "REGRADE", "RETURN"), ledger.stream().map(m -> m.get("type")).toList());
        assertEquals("contrôlée : conforme", ledger.get(1).get("note"));
    }

    @Test
    void aRepairOrderIsScrappedWithItsHarvestFromTheBoard() {
        String relay = given.part();
        String board = given.part(Map.of("standardCost", "50.00"));
        admin.put("/api/parts/" + board + "/components", Map.of("components", List.of(Map.of("sku", relay, "quantity", 2))))
                .expect(200);
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", board, "toLocation", workshop)).expect(201);
        String number = admin.post("/api/repair-orders", Map.of("sku", board, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE", "location", workshop)).expect(201).string("number");
        loginAs("WORKSHOP");
        browser.go("workshop");

        WebElement card = browser.waitFor(By.id("card-" + number));
        card.findElement(By.cssSelector("button[data-action='scrap']")).click();
        WebElement form = card.findElement(By.cssSelector("form[data-action='scrap']"));
        form.findElement(By.name("harvestSku")).sendKeys(relay);
        form.findElement(By.name("harvestQuantity")).sendKeys("2");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.until(d -> "SCRAPPED".equals(admin.get("/api/repair-orders/" + number).string("status")));

        assertEquals(0, given.onHand(board, workshop, "DEFECTIVE"));
        int harvested = admin.get("/api/stock?sku=" + relay).items().stream()
                .mapToInt(r -> ((Number) r.get("onHand")).intValue()).sum();
        assertEquals(2, harvested, "the two relays went to stock");
    }
}
