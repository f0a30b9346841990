package fr.sav.inventory.purchasing;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * DOMAIN rule 17: what we bought carries its supplier's warranty, shown on the unit and its scan, and a FAULTY return
 * within it proposes the return to vendor (flagged on the movement, the unit and its repair order, never chosen).
 */
class SupplierWarrantyTest extends ApiTest {

    private Api buyer;
    private Api storekeeper;

    @BeforeAll
    void accounts() {
        buyer = userWith("BUYER");
        storekeeper = userWith("STOREKEEPER");
    }

    @Test
    void aUnitReceivedOnAPurchaseRequestRemembersItsSupplierPriceAndDayAndShowsTheWarranty() {
        String supplier = given.supplier();
        String sku = given.serializedPart();
        String store = given.store();
        offer(supplier, sku, "80.00", 12);
        String serial = Fixtures.key("SN");
        String bare = Fixtures.key("SN");
        String order = PurchasingFixtures.receivedThrough(buyer, admin, storekeeper, supplier, sku, serial, store);
        given.receiveUnit(sku, bare, store, "NEW");

        Reply unit = admin.get("/api/units/" + serial).expect(200);
        Map<String, Object> scanned = admin.get("/api/scan/" + serial).expect(200).body();
        Reply unknown = admin.get("/api/units/" + bare).expect(200);

        String until = LocalDate.now(ZoneOffset.UTC).plusMonths(12).toString();
        Map<?, ?> warranty = (Map<?, ?>) unit.get("supplierWarranty");
        assertEquals(supplier, warranty.get("supplier"));
        assertEquals(order, warranty.get("reference"));
        assertEquals(80.0, ((Number) warranty.get("unitPrice")).doubleValue());
        assertEquals("EUR", warranty.get("currency"));
        assertEquals(12, warranty.get("warrantyMonths"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(),
                LocalDate.ofInstant(Instant.parse((String) warranty.get("receivedAt")), ZoneOffset.UTC).toString());
        assertEquals(until, warranty.get("until"));
        assertEquals(until, unit.string("supplierWarrantyUntil"));
        assertEquals(false, unit.get("vendorReturnProposed"), "a unit on the shelf is no return");
        Map<?, ?> summary = (Map<?, ?>) scanned.get("summary");
        assertEquals(supplier, summary.get("supplier"));
        assertEquals(until, summary.get("supplierWarrantyUntil"));
        assertNull(unknown.get("supplierWarranty"), "received without a supplier's document: nothing known");
        assertNull(unknown.get("supplierWarrantyUntil"));
        assertFalse(((Map<?, ?>) admin.get("/api/scan/" + bare).body().get("summary")).containsKey("supplierWarrantyUntil"));
    }

    @Test
    void aFaultyReturnTwoMonthsAfterReceiptProposesTheVendorReturnAndThirteenMonthsAfterDoesNot() {
        String supplier = given.supplier();
        String sku = given.serializedPart();
        String lot = given.part();
        String store = given.store();
        String workshop = given.workshop();
        offer(supplier, sku, "80.00", 12);
        offer(supplier, lot, "4.00", 12);
        String order = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 2), Map.of("sku", lot, "quantity", 5)))).expect(201).string("number");
        String recent = Fixtures.key("SN");
        String old = Fixtures.key("SN");
        PurchasingFixtures.receivedAgo(admin, sku, recent, 1, store, order, 61);
        PurchasingFixtures.receivedAgo(admin, sku, old, 1, store, order, 396);
        PurchasingFixtures.receivedAgo(admin, lot, null, 5, store, order, 30);

        Reply flagged = faultyReturn(sku, recent, workshop);
        Reply notFlagged = faultyReturn(sku, old, workshop);
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", lot, "quantity", 1, "fromLocation", store,
                "reference", "INTER-LOT"))
                .expect(201);
        Reply lotBack = admin.post("/api/movements", Map.of("type", "RETURN", "sku", lot, "quantity", 1,
                "toLocation", workshop, "reason", "FAULTY")).expect(201);

        String until = Instant.now().minus(61, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).plusMonths(12).toLocalDate()
                .toString();
        assertEquals(true, flagged.get("vendorReturnProposed"), flagged.text());
        assertEquals(until, flagged.string("supplierWarrantyUntil"));
        assertEquals(supplier, flagged.string("supplier"));
        assertEquals(false, notFlagged.get("vendorReturnProposed"), notFlagged.text());
        assertNull(notFlagged.get("supplierWarrantyUntil"), "13 months after a 12-month warranty");
        assertEquals(supplier, notFlagged.string("supplier"));
        assertEquals(true, lotBack.get("vendorReturnProposed"), "a lot received a month ago: " + lotBack.text());
        Reply unit = admin.get("/api/units/" + recent).expect(200);
        assertEquals(true, unit.get("vendorReturnProposed"));
        assertEquals(until, unit.string("supplierWarrantyUntil"));
        assertEquals(true, ((Map<?, ?>) admin.get("/api/scan/" + recent).body().get("summary")).get("vendorReturnProposed"));
        Reply oldUnit = admin.get("/api/units/" + old).expect(200);
        assertEquals(false, oldUnit.get("vendorReturnProposed"));
        assertNull(oldUnit.get("supplierWarrantyUntil"));

        Reply repair = repairOrderFor(sku, recent);
        Reply oldRepair = repairOrderFor(sku, old);
        assertEquals(true, repair.get("vendorReturnProposed"), repair.text());
        assertEquals(until, repair.string("supplierWarrantyUntil"));
        assertEquals(true, admin.get("/api/repair-orders/" + repair.string("number")).get("vendorReturnProposed"));
        assertEquals(false, oldRepair.get("vendorReturnProposed"));
        assertNull(oldRepair.get("supplierWarrantyUntil"));
    }

    @Test
    void aUnitSentBackToItsSupplierIsNoLongerProposed() {
        String supplier = given.supplier();
        String sku = given.serializedPart();
        String store = given.store();
        String workshop = given.workshop();
        offer(supplier, sku, "80.00", 12);
        String order = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 1)))).expect(201).string("number");
        String serial = Fixtures.key("SN");
        PurchasingFixtures.receivedAgo(admin, sku, serial, 1, store, order, 10);
        assertEquals(true, faultyReturn(sku, serial, workshop).get("vendorReturnProposed"));

        buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "WARRANTY", "lines",
                List.of(Map.of("sku", sku, "quantity", 1, "serial", serial, "location", workshop)))).expect(201);

        Reply unit = admin.get("/api/units/" + serial).expect(200);
        assertEquals("AT_SUPPLIER", unit.string("status"));
        assertEquals(false, unit.get("vendorReturnProposed"));
    }

    private void offer(String supplier, String sku, String price, int warrantyMonths) {
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "W-" + sku, "sku", sku,
                "price", price, "warrantyMonths", warrantyMonths)).expect(200);
    }

    /** The unit goes out on an intervention and comes back FAULTY to the workshop: answers the return. */
    private Reply faultyReturn(String sku, String serial, String workshop) {
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "serial", serial, "reference", "INTER-" + serial))
                .expect(201);
        return admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "serial", serial,
                "toLocation", workshop, "reason", "FAULTY")).expect(201);
    }

    private Reply repairOrderFor(String sku, String serial) {
        return admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "COMPANY",
                "origin", "TECHNICIAN_RETURN")).expect(201);
    }
}
