package fr.sav.inventory.web;

import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The storekeeper's scan station, fed by keystroke bursts as a USB scanner types them. */
class WebScanStationTest extends WebTest {

    private static final By DONE = By.cssSelector("#scan-log tr[data-state='done']");

    @Test
    void scansWhereverTheFocusIsReceiveOnePieceEachAndABulkQuantity() throws InterruptedException {
        String sku = given.part();
        String store = given.store();
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-RECEIPT"));

        browser.find(By.id("scan-reference")).click();
        browser.scan("L:" + store);
        browser.waitForText(By.id("slot-location"), store);
        assertEquals("", browser.find(By.id("scan-reference")).getAttribute("value"), "the burst never stays in the input");

        browser.script("arguments[0].focus()", browser.find(By.cssSelector(".quantity button:last-child")));
        browser.scan("P:" + sku);
        browser.scan("P:" + sku);
        browser.scan("p:" + sku.toLowerCase());
        browser.until(d -> d.findElements(DONE).size() == 3);
        assertEquals(3, given.onHand(sku, store, "NEW"), "one piece a scan, and the Enter never clicked the focused + button");

        new Actions(browser.driver()).sendKeys("*").perform();
        browser.typeSlowly("4");
        browser.scan("P:" + sku);
        browser.until(d -> d.findElements(DONE).size() == 4);

        assertEquals(7, given.onHand(sku, store, "NEW"), "the quantity key made the fourth scan count 4");
        assertEquals("ok", browser.find(By.id("scan-feedback")).getAttribute("data-state"));
        assertEquals("1", browser.find(By.id("scan-quantity")).getAttribute("value"), "the quantity goes back to 1");
        assertEquals(4, admin.get("/api/movements?type=RECEIPT&sku=" + sku).integer("total"));
        browser.screenshot("scan-station");
    }

    @Test
    void aTransferAfterAReturnTakesItsSourceAndDestinationFromItsOwnScans() {
        String sku = given.part();
        String workshop = given.workshop();
        String binA = given.location("BIN");
        String binB = given.location("BIN");
        given.receive(sku, binA, 3, "NEW");
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-RETURN")).click();

        browser.scan("L:" + binA);
        browser.until(d -> !"busy".equals(d.findElement(By.id("scan-feedback")).getAttribute("data-state")));
        assertEquals("error", browser.find(By.id("scan-feedback")).getAttribute("data-state"), "a return never lands in a bin");
        browser.scan("L:" + workshop);
        browser.waitForText(By.id("slot-location"), workshop);
        browser.type(By.id("scan-reference"), "INT-2026-0042");
        browser.find(By.id("mode-RETURN")).click();
        browser.scan("P:" + sku);
        browser.until(d -> d.findElements(DONE).size() == 1);
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"));

        browser.find(By.id("mode-TRANSFER")).click();
        assertEquals("", browser.find(By.id("scan-reference")).getAttribute("value"), "the return's reference stays with it");
        browser.scan("L:" + binA);
        browser.waitForText(By.id("scan-feedback"), "Source");
        browser.scan("L:" + binB);
        browser.waitForText(By.id("scan-feedback"), "Destination");
        browser.waitForText(By.id("slot-destination"), binB);
        browser.scan("P:" + sku);
        browser.until(d -> d.findElements(DONE).size() == 2);

        Map<String, Object> transfer = admin.get("/api/movements?type=TRANSFER&sku=" + sku).items().get(0);
        assertEquals(binA, transfer.get("fromLocation"));
        assertEquals(binB, transfer.get("toLocation"));
        assertEquals("NEW", transfer.get("condition"));
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"), "the defective pump stays in the workshop");
        assertEquals(2, given.onHand(sku, binA, "NEW"));
        assertEquals(1, given.onHand(sku, binB, "NEW"));
    }

    @Test
    void keysTypedThenAClickThenAScanAreNeverOneCode() {
        String store = given.store();
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-RECEIPT"));

        browser.script("const key = (target, k) => target.dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true}));"
                + " const reference = document.getElementById('scan-reference');"
                + " for (const c of 'INT-1') key(reference, c);"
                + " document.getElementById('mode-RECEIPT').dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));"
                + " for (const c of arguments[0]) key(document.body, c);"
                + " key(document.body, 'Enter');", "L:" + store);

        browser.waitForText(By.id("slot-location"), store);
    }

    @Test
    void undoingAnIssuePutsThePieceBackOnTheShelfAsItWas() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 5, "RECONDITIONED");
        atTheScanStation("ISSUE", store, "RO-2026-000999");
        browser.scan("P:" + sku);
        browser.until(d -> !d.findElements(DONE).isEmpty());
        assertEquals(4, given.onHand(sku, store, "RECONDITIONED"));

        browser.find(By.cssSelector("#scan-log tr[data-state='done'] button")).click();
        browser.until(d -> !d.findElements(By.cssSelector("#scan-log tr.undone")).isEmpty());

        assertEquals(5, given.onHand(sku, store, "RECONDITIONED"), "back on the shelf, still reconditioned");
        List<Map<String, Object>> ledger = admin.get("/api/movements?sku=" + sku).items();
        assertEquals("RECEIPT", ledger.get(0).get("type"), "the undo of an issue is a receipt, not a return");
        assertEquals(store, ledger.get(0).get("toLocation"));
        assertEquals("RO-2026-000999", ledger.get(0).get("reference"));
        assertTrue(browser.find(By.id("scan-log")).getText().contains("Annulation de #" + ledger.get(1).get("id")));
        browser.screenshot("scan-station-undo");
    }

    @Test
    void aRefusalIsShownWithTheServicesDetail() throws InterruptedException {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");
        atTheScanStation("ISSUE", store, null);
        new Actions(browser.driver()).sendKeys("*").perform();
        browser.typeSlowly("3");
        browser.scan("P:" + sku);
        browser.until(d -> "error".equals(d.findElement(By.id("scan-feedback")).getAttribute("data-state")));
        String refused = browser.find(By.id("scan-feedback")).getText();
        browser.scan("P:NO-SUCH-PART-XYZ");
        browser.waitForText(By.id("scan-feedback"), "NO-SUCH-PART-XYZ");

        assertTrue(refused.contains(sku) && refused.contains("1 disponible"), refused);
        assertEquals(1, given.onHand(sku, store, "NEW"));
        browser.screenshot("scan-station-refused");
    }
}
