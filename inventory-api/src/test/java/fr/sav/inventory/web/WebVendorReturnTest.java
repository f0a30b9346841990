package fr.sav.inventory.web;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The buyer's page and the supplier side: material sent back from the form and credited, a return rejected, a
 * delivery refused at the quality check sent straight back, and the supplier figures; at the scan station, a unit
 * that comes back faulty under its supplier's warranty proposes the return to vendor.
 */
class WebVendorReturnTest extends WebTest {

    @Test
    void aReturnSentFromTheFormIsCreditedAndTheSupplierFiguresShowIt() {
        String supplier = given.supplier();
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 3, "NEW");
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");

        browser.find(By.cssSelector("#vendor-return-form")).findElement(By.xpath("..")).findElement(By.tagName("summary"))
                .click();
        browser.type(By.id("rv-supplier"), supplier);
        new Select(browser.find(By.id("rv-reason"))).selectByValue("WRONG_PART");
        browser.type(By.id("rv-sku"), sku);
        browser.type(By.id("rv-quantity"), "2");
        browser.type(By.id("rv-location"), store);
        browser.find(By.id("rv-send")).click();
        String number = browser.waitFor(By.id("vendor-return-created")).getText()
                .replaceAll(".*(RV-\\d{4}-\\d{6}).*", "$1");
        By card = By.id("rv-" + number);
        assertEquals("SHIPPED", browser.waitFor(card).getAttribute("data-status"));
        assertEquals(1, given.onHand(sku, store, "NEW"), "the stock left at once");
        assertTrue(browser.find(card).getText().contains("Erreur de pièce"), browser.find(card).getText());

        browser.type(By.cssSelector("#rv-" + number + " form[data-action='credit'] input[name='amount']"), "25.50");
        browser.find(By.cssSelector("#rv-" + number + " form[data-action='credit'] button")).click();
        browser.waitFor(By.cssSelector("#rv-" + number + "[data-status='CREDITED']"));

        assertEquals("CREDITED", admin.get("/api/supplier-returns/" + number).string("status"));
        assertEquals(25.5, ((Number) admin.get("/api/supplier-returns/" + number).get("creditAmount")).doubleValue());
        assertTrue(browser.find(card).getText().contains("Avoir reçu"));
        browser.go("scan");
        browser.go("buyer");
        WebElement row = browser.waitFor(By.cssSelector("#supplier-figures tr[data-supplier='" + supplier + "']"));
        assertTrue(row.getText().contains("1 (2 pièces)"), row.getText());
        assertTrue(row.getText().contains("25,5"), row.getText());
        browser.fullScreenshot("buyer-vendor-returns");
    }

    @Test
    void aUnitReturnedFaultyUnderItsSuppliersWarrantyProposesTheReturnToVendorAtTheScanStation() {
        String supplier = given.supplier();
        String sku = given.serializedPart();
        String store = given.store();
        String workshop = given.workshop();
        String serial = "SN-" + System.nanoTime();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "W-" + sku, "sku", sku,
                "price", "80.00", "warrantyMonths", 24)).expect(200);
        String order = admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 1)))).expect(201).string("number");
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "serial", serial, "toLocation", store,
                "reference", order, "occurredAt", "2026-06-15T10:00:00Z")).expect(201);
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "serial", serial, "reference", "INT-77"))
                .expect(201);
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-RETURN")).click();

        browser.scan("L:" + workshop);
        browser.waitForText(By.id("slot-location"), workshop);
        browser.scan("U:" + serial);

        browser.waitForText(By.id("scan-feedback"), "Retour fournisseur proposé");
        assertTrue(browser.find(By.id("scan-feedback")).getText().contains("sous garantie " + supplier + " jusqu’au 15/06/2028"),
                browser.find(By.id("scan-feedback")).getText());
        assertEquals(true, admin.get("/api/units/" + serial).get("vendorReturnProposed"));
        browser.screenshot("scan-vendor-return-proposed");
    }

    @Test
    void aReturnTheSupplierRefusesComesBackToTheWorkshop() {
        String supplier = given.supplier();
        String sku = given.part();
        String store = given.store();
        String workshop = given.workshop();
        given.receive(sku, store, 1, "NEW");
        String number = admin.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "DOA", "lines",
                List.of(Map.of("sku", sku, "quantity", 1, "condition", "NEW", "location", store)))).expect(201)
                .string("number");
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");

        browser.waitFor(By.id("rv-" + number));
        browser.type(By.cssSelector("#rv-" + number + " form[data-action='reject'] input[name='note']"), "aucun défaut");
        browser.type(By.cssSelector("#rv-" + number + " form[data-action='reject'] input[name='location']"), workshop);
        browser.find(By.cssSelector("#rv-" + number + " form[data-action='reject'] button")).click();
        browser.waitFor(By.cssSelector("#rv-" + number + "[data-status='REJECTED']"));

        assertEquals("REJECTED", admin.get("/api/supplier-returns/" + number).string("status"));
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"));
    }

    @Test
    void aDeliveryRefusedAtTheQualityCheckGoesStraightBackToItsSupplier() {
        String supplier = given.supplier();
        String sku = given.part();
        String quarantine = given.location("QUARANTINE");
        Api buyer = userWith("BUYER");
        String order = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 4)))).expect(201).string("number");
        buyer.post("/api/purchase-requests/" + order + "/submit", "{}").expect(200);
        admin.post("/api/purchase-requests/" + order + "/approve", "{}").expect(200);
        buyer.post("/api/purchase-requests/" + order + "/order", "{}").expect(200);
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");

        browser.click(By.cssSelector("#pr-" + order + " button[data-action='receive']"));
        browser.type(By.cssSelector("#pr-" + order + " input[name='location']"), quarantine);
        browser.find(By.cssSelector("#pr-" + order + " button[data-action='qc-return']")).click();
        String number = browser.waitFor(By.id("qc-returned")).getText().replaceAll(".*(RV-\\d{4}-\\d{6}).*", "$1");

        Map<String, Object> sent = admin.get("/api/supplier-returns/" + number).expect(200).body();
        assertEquals("QC_FAILED", sent.get("reason"));
        assertEquals(order, sent.get("purchaseRequest"));
        assertEquals(supplier, sent.get("supplier"));
        assertEquals("RECEIVED", admin.get("/api/purchase-requests/" + order).string("status"));
        assertEquals(0, given.onHand(sku, quarantine, "DEFECTIVE"), "received into quarantine, then sent back");
        browser.waitFor(By.cssSelector("#rv-" + number + "[data-status='SHIPPED']"));
        browser.until(d -> d.findElements(By.id("pr-" + order)).isEmpty());
    }
}
