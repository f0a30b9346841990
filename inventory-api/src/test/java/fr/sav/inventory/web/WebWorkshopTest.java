package fr.sav.inventory.web;

import fr.sav.inventory.stories.Department;
import fr.sav.inventory.support.Backdating;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workshop page: reserving from the availability cascade, a repair order moving across the board, and a unit lent
 * to the customer of a repair order, then back.
 */
class WebWorkshopTest extends WebTest {

    @Test
    void reservesTheOptionChosenInTheCascade() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 3, "RECONDITIONED");
        loginAs("WORKSHOP");
        browser.go("workshop");

        browser.type(By.id("cascade-sku"), sku);
        browser.type(By.id("cascade-quantity"), "2");
        browser.type(By.id("cascade-reference"), "RO-2026-WEB001");
        browser.find(By.id("cascade-go")).click();
        browser.waitFor(By.cssSelector("#cascade button.reserve")).click();
        browser.waitFor(By.id("reserved"));

        List<Map<String, Object>> reservations = admin.get("/api/reservations?status=ACTIVE&sku=" + sku).items();
        assertEquals(1, reservations.size());
        assertEquals(2, ((Number) reservations.get(0).get("quantity")).intValue());
        assertEquals("RO-2026-WEB001", reservations.get(0).get("reference"));
        assertEquals(2, ((Number) given.level(sku, store, "RECONDITIONED").get("reserved")).intValue());
        browser.screenshot("workshop-cascade");
    }

    @Test
    void eachOptionOfTheCascadeOffersItsAction() {
        String motor = given.part(Map.of("repairable", true));
        String machine = given.serializedPart();
        admin.put("/api/parts/" + machine + "/components", Map.of("components", List.of(Map.of("sku", motor,
                "quantity", 1)))).expect(200);
        Department department = new Department(admin, userWith("MANAGER"));
        String inRepair = department.companyRepairOrder(motor, null);
        given.receiveUnit(machine, Fixtures.key("SN"), department.workshop, "REPAIRED");
        String supplier = given.supplier();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "R-" + motor, "sku", motor,
                "price", "55.00")).expect(200);
        loginAs("WORKSHOP");
        browser.go("workshop");

        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        for (String action : List.of("wait", "cannibalise", "buy")) {
            String reference = Fixtures.key("RO");
            browser.type(By.id("cascade-sku"), motor);
            browser.type(By.id("cascade-reference"), reference);
            browser.find(By.id("cascade-go")).click();
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reserved")));
            browser.click(By.cssSelector("#cascade button." + action));
            browser.waitForText(By.id("reserved"), reference);
            chosen.put(action, reference);
        }

        assertEquals("AWAITING_REPAIR", reservationOf(chosen.get("wait")).get("status"));
        assertEquals(inRepair, reservationOf(chosen.get("wait")).get("awaiting"));
        assertEquals("ACTIVE", reservationOf(chosen.get("cannibalise")).get("status"));
        assertEquals("CANNIBALISE", reservationOf(chosen.get("cannibalise")).get("source"));
        assertEquals("AWAITING_RECEIPT", reservationOf(chosen.get("buy")).get("status"));
        browser.screenshot("workshop-cascade-actions");
    }

    @Test
    void lendsAUnitToTheCustomerOfARepairOrderListsTheOverdueOnesAndRecordsTheReturn() throws Exception {
        String sku = given.serializedPart();
        String store = given.store();
        String workshop = given.workshop();
        String unit = Fixtures.key("SN");
        given.receiveUnit(sku, unit, store, "RECONDITIONED");
        String other = Fixtures.key("SN");
        given.receiveUnit(sku, other, store, "USED");
        String late = admin.post("/api/loans", Map.of("serial", other, "customerRef", "CLIENT-WL0",
                "dueDate", LocalDate.now(ZoneOffset.UTC).toString())).expect(201).string("number");
        Backdating.loanDue(late, LocalDate.now(ZoneOffset.UTC).minusDays(2));
        String repair = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "CUSTOMER", "origin",
                "CUSTOMER_DROP_OFF", "serial", Fixtures.key("CS"), "location", workshop, "customerRef", "CLIENT-WL1"))
                .expect(201).string("number");
        loginAs("WORKSHOP");
        browser.go("workshop");

        browser.type(By.cssSelector("#loan-lend input[name='repairOrder']"), repair);
        browser.type(By.cssSelector("#loan-lend input[name='sku']"), sku);
        browser.script("document.querySelector(\"#loan-lend input[name='dueDate']\").value = arguments[0]",
                LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        browser.click(By.id("loan-lend-go"));
        browser.waitForText(By.id("loan-done"), "CLIENT-WL1");
        Map<String, Object> loan = admin.get("/api/loans?repairOrder=" + repair).expect(200).items().get(0);
        String number = (String) loan.get("number");
        WebElement overdueRow = browser.waitFor(By.id("loan-" + late));
        assertTrue(overdueRow.getAttribute("class").contains("overdue"));
        browser.screenshot("workshop-loans");
        browser.waitFor(By.id("loan-" + number)).findElement(By.cssSelector("input[name='location']")).sendKeys(workshop);
        browser.find(By.id("loan-" + number)).findElement(By.cssSelector("form[data-action='return'] button")).click();
        browser.waitForText(By.id("loan-done"), number);

        assertEquals(unit, loan.get("serial"));
        assertEquals("CLIENT-WL1", loan.get("customerRef"));
        assertEquals("RETURNED", admin.get("/api/loans/" + number).expect(200).string("status"));
        assertEquals("DEFECTIVE", admin.get("/api/units/" + unit).expect(200).string("condition"));
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"));
        assertEquals(0, given.onHand(sku, store, "RECONDITIONED"));
        assertEquals(0, browser.all(By.id("loan-" + number)).size(), "a returned loan leaves the list");
    }

    private Map<String, Object> reservationOf(String reference) {
        return admin.get("/api/reservations?reference=" + reference).expect(200).items().get(0);
    }

    @Test
    void anItemEntersTheWorkshopWithItsFollowSheetAndMovesAcrossTheBoard() {
        String sku = given.part(Map.of("standardCost", "100.00", "repairable", true));
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
        loginAs("WORKSHOP");
        browser.go("workshop");

        browser.type(By.cssSelector("#intake input[name='sku']"), sku);
        browser.find(By.cssSelector("#intake button[type='submit']")).click();
        browser.waitFor(By.cssSelector("#intake-result .notice"));
        browser.until(d -> (Boolean) browser.script("const i = document.querySelector('#intake-result img');"
                + " return !!i && i.complete && i.naturalWidth > 0;"));
        String number = (String) admin.get("/api/repair-orders?sku=" + sku).items().get(0).get("number");
        By card = By.id("card-" + number);
        browser.waitFor(By.cssSelector(".column[data-status='RECEIVED'] #card-" + number));

        browser.find(card).findElement(By.cssSelector("button[data-action='diagnose']")).click();
        WebElement form = browser.find(card).findElement(By.cssSelector("form[data-action='diagnose']"));
        form.findElement(By.name("findings")).sendKeys("roulement HS");
        form.findElement(By.name("estimatedCost")).sendKeys("20");
        form.findElement(By.name("estimatedMinutes")).sendKeys("30");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waitFor(By.cssSelector(".column[data-status='DIAGNOSED'] #card-" + number));
        browser.find(card).findElement(By.cssSelector("button[data-action='start']")).click();
        browser.waitFor(By.cssSelector(".column[data-status='IN_REPAIR'] #card-" + number));

        assertEquals("IN_REPAIR", admin.get("/api/repair-orders/" + number).string("status"));
        assertTrue(browser.find(card).getText().contains(sku));
        browser.fullScreenshot("workshop-board");
    }

    @Test
    void coresOwedAreListed() {
        String sku = given.part(Map.of("standardCost", "80.00", "exchangePrice", "120.00"));
        given.receive(sku, given.store(), 1, "RECONDITIONED");
        String exchange = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-WEB")).expect(201)
                .string("number");
        loginAs("WORKSHOP");

        browser.go("workshop");

        browser.waitForText(By.id("cores"), exchange);
        assertTrue(browser.find(By.id("cores")).getText().contains("CLIENT-WEB"));
    }
}
