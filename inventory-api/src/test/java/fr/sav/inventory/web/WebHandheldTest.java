package fr.sav.inventory.web;

import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan station as storekeepers found it on a 360 × 740 handheld: the result in sight, a repair order's pick
 * list, refusals that say where the stock is, a history that survives a reload, blind counts and their differences.
 */
class WebHandheldTest extends WebTest {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final By DONE = By.cssSelector("#scan-log tr[data-state='done']");

    private void handheld() {
        browser.driver().manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    /** Whether the element lies wholly inside the first screen, without scrolling. */
    private boolean inSight(By by) {
        return (Boolean) browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth"
                + " && r.height > 0 && window.scrollY === 0;", browser.find(by));
    }

    @Test
    void everyRolesHeaderIsOneLineAtThreeHundredSixtyPixels() {
        for (String role : List.of("STOREKEEPER", "WORKSHOP", "BUYER", "MANAGER")) {
            handheld();
            loginAs(role);
            long header = ((Number) browser.script(
                    "return document.querySelector('header.top').getBoundingClientRect().height")).longValue();
            long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            assertTrue(header <= 64, role + ": the header takes " + header + " px");
            assertTrue(width <= WIDTH, role + ": the page scrolls sideways (" + width + " px)");
        }
    }

    @Test
    void theResultOfAScanAndItsUndoAreInSightWithoutScrolling() {
        String sku = given.part();
        String store = given.store();
        handheld();
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-RECEIPT"));
        browser.scan("L:" + store);
        browser.waitForText(By.id("slot-location"), store);
        browser.screenshot("scan-station-360-before");

        browser.scan("P:" + sku);
        browser.until(d -> "ok".equals(d.findElement(By.id("scan-feedback")).getAttribute("data-state")));
        browser.waitFor(By.cssSelector("#scan-last button"));

        assertTrue(inSight(By.id("scan-feedback")), "the green banner is on the first screen");
        assertTrue(inSight(By.cssSelector("#scan-last button")), "the last movement's undo is on the first screen");
        assertTrue(browser.find(By.id("scan-last")).getText().contains(sku));
        browser.screenshot("scan-station-360-after");

        browser.find(By.cssSelector("#scan-last button")).click();
        browser.until(d -> given.onHand(sku, store, "NEW") == 0);
    }

    @Test
    void scanningARepairOrderShowsItsPickListAndIssuingAReservedPartServesTheReservation() {
        String sku = given.part(Map.of("standardCost", "40.00"));
        String other = given.part();
        String store = given.store();
        String workshop = given.workshop();
        given.receive(sku, store, 5, "NEW");
        given.receive(other, store, 1, "NEW");
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", other, "toLocation", workshop)).expect(201);
        String order = admin.post("/api/repair-orders", Map.of("sku", other, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE")).expect(201).string("number");
        long reservation = ((Number) admin.post("/api/reservations", Map.of("sku", sku, "quantity", 2,
                "reference", order)).expect(201).get("id")).longValue();
        atTheScanStation("ISSUE", store, null);
        browser.scan(order);
        WebElement picks = browser.waitFor(By.id("pick-list"));
        browser.until(d -> picks.isDisplayed() && picks.getText().contains(sku));
        assertTrue(picks.getText().contains(store), "the pick list says where to take it");

        browser.scan("P:" + sku);
        browser.until(d -> d.findElements(DONE).size() == 1);

        assertEquals("FULFILLED", admin.get("/api/reservations/" + reservation).string("status"));
        Map<String, Object> level = given.level(sku, store, "NEW");
        assertEquals(3, ((Number) level.get("onHand")).intValue(), "two issued, once");
        assertEquals(0, ((Number) level.get("reserved")).intValue(), "nothing left held twice");
        List<Map<String, Object>> issues = admin.get("/api/movements?type=ISSUE&sku=" + sku).items();
        assertEquals(1, issues.size());
        assertEquals(order, issues.get(0).get("reference"));
        assertTrue(browser.find(By.id("pick-list")).getAttribute("hidden") != null, "nothing left to pick");
    }

    @Test
    void aRefusalNamesWhereThePartIsAndOffersToTakeItFromThere() {
        String sku = given.part();
        String binA = given.workshop();
        String binB = given.location("BIN");
        given.receive(sku, binA, 2, "DEFECTIVE");
        given.receive(sku, binB, 6, "NEW");
        atTheScanStation("ISSUE", binA, "RO-2026-000555");
        browser.scan("P:" + sku);
        browser.until(d -> "error".equals(d.findElement(By.id("scan-feedback")).getAttribute("data-state")));

        WebElement take = browser.waitFor(By.cssSelector("#scan-feedback button[data-location='" + binB + "']"));
        assertTrue(browser.find(By.id("scan-feedback")).getText().contains("Disponible ailleurs"));
        assertTrue(browser.find(By.id("scan-feedback")).getText().contains(binA + " (2 "), "defective stock is named");
        assertTrue(browser.all(By.cssSelector("#scan-feedback button[data-condition='DEFECTIVE']")).isEmpty(),
                "but never offered for an issue");
        take.click();
        browser.until(d -> "ok".equals(d.findElement(By.id("scan-feedback")).getAttribute("data-state")));

        assertEquals(5, given.onHand(sku, binB, "NEW"));
        assertEquals(2, given.onHand(sku, binA, "DEFECTIVE"));
    }

    @Test
    void anIssueWithoutReferenceIsWarnedAndTheHistoryComesBackAfterAReload() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 4, "NEW");
        atTheScanStation("ISSUE", store, null);
        browser.scan("P:" + sku);
        browser.until(d -> "warn".equals(d.findElement(By.id("scan-feedback")).getAttribute("data-state")));
        assertTrue(browser.find(By.id("scan-feedback")).getText().contains("sans référence"));
        assertEquals(3, given.onHand(sku, store, "NEW"), "warned, still recorded");

        browser.driver().navigate().refresh();
        browser.waitFor(By.id("mode-ISSUE"));
        browser.until(d -> !d.findElements(DONE).isEmpty() && d.findElement(By.id("scan-log")).getText().contains(sku));
        browser.find(By.cssSelector("#scan-log tr[data-state='done'] button")).click();
        browser.until(d -> given.onHand(sku, store, "NEW") == 4);
    }

    @Test
    void aBlindCountHidesTheExpectedQuantitiesAndEndsWithTheDifferences() {
        String sku = given.part();
        String untouched = given.part();
        String bin = given.location("BIN");
        given.receive(sku, bin, 5, "NEW");
        given.receive(untouched, bin, 2, "NEW");
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-COUNT")).click();
        assertTrue(browser.find(By.id("scan-hint")).getText().contains("rien n’est enregistré"));
        browser.scan("L:" + bin);
        browser.waitForText(By.id("count"), untouched);
        browser.find(By.id("count-blind")).click();
        browser.until(d -> !d.findElement(By.id("count")).getText().contains(untouched));
        assertTrue(!browser.find(By.id("count")).getText().contains("En stock"), "no expected quantity shown");

        for (int i = 0; i < 3; i++) {
            browser.scan("P:" + sku);
        }
        browser.until(d -> "3".equals(browser.script("return document.querySelector(\"#count input[type='number']\")?.value")));
        browser.find(By.id("count-send")).click();

        WebElement differences = browser.waitFor(By.id("count-differences"));
        browser.until(d -> differences.getText().contains(sku));
        assertTrue(differences.getText().contains("-2"), differences.getText());
        assertTrue(!differences.getText().contains(untouched), "what was not counted is not a difference");
        assertEquals(3, given.onHand(sku, bin, "NEW"));
        assertEquals(2, given.onHand(untouched, bin, "NEW"));
    }

    @Test
    void aCountLineTheServiceRefusesIsSaidInFrench() {
        String sku = given.part();
        String bin = given.location("BIN");
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-COUNT")).click();
        browser.scan("L:" + bin);
        browser.scan("P:" + sku);
        browser.until(d -> "1".equals(browser.script("return document.querySelector(\"#count input[type='number']\")?.value")));
        browser.script("const input = document.querySelector(\"#count input[type='number']\");"
                + " input.value = '1000001'; input.dispatchEvent(new Event('change'));");

        browser.find(By.id("count-send")).click();

        WebElement differences = browser.waitFor(By.id("count-differences"));
        browser.until(d -> differences.getText().contains("1000001 : "));
        assertTrue(differences.getText().contains("1000001 : doit valoir au plus 1000000"), differences.getText());
        assertFalse(differences.getText().contains("at most"), "English reached the French page: " + differences.getText());
        assertEquals(0, given.onHand(sku, bin, "NEW"));
    }
}
