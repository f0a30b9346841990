package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A repaired item carries our warranty (90 days by default), and comes back flagged while it runs. */
class RepairWarrantyTest extends ApiTest {

    @Test
    void aRepairedItemIsUnderOurWarrantyAndABackedDropOffOfItIsFlagged() {
        String sku = given.serializedPart();
        String workshop = given.workshop();
        String serial = Fixtures.key("CUST");

        Reply repaired = repairedForACustomer(sku, serial, workshop);

        LocalDate closed = LocalDate.ofInstant(Instant.parse(repaired.string("closedAt")), ZoneOffset.UTC);
        assertEquals(closed.plusDays(90).toString(), repaired.string("warrantyUntil"));
        assertEquals(false, repaired.get("underRepairWarranty"));
        Reply back = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-7")).expect(201);
        assertEquals(true, back.get("underRepairWarranty"), "brought back within the warranty");
        assertNull(back.get("warrantyUntil"), "an open order has no warranty yet");
        assertEquals(true, admin.get("/api/repair-orders/" + back.string("number")).get("underRepairWarranty"));

        String another = Fixtures.key("CUST");
        Reply other = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", another, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-8")).expect(201);
        assertEquals(false, other.get("underRepairWarranty"));
    }

    private Reply repairedForACustomer(String sku, String serial, String workshop) {
        String waiting = given.location("AWAITING_CUSTOMER");
        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-7")).expect(201)
                .string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "condensateur", "estimatedCost",
                "10.00", "estimatedMinutes", 10)).expect(200);
        admin.post("/api/repair-orders/" + number + "/quote", Map.of("amount", "60.00", "location", waiting)).expect(200);
        admin.post("/api/repair-orders/" + number + "/approve", "{}").expect(200);
        admin.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED", "laborMinutes", 10))
                .expect(200);
        return admin.post("/api/repair-orders/" + number + "/deliver", "{}").expect(200);
    }
}
