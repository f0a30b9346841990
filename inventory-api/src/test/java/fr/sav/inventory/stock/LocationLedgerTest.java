package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A location's ledger is its movements out and its movements in, read apart and merged: each once (a regrade in
 * place leaves and enters it), newest first, ties by id, paged and counted as one list, with the other filters.
 */
class LocationLedgerTest extends ApiTest {

    private final Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(30, ChronoUnit.DAYS);
    private String workshop;
    private String store;
    private String sku;
    private long receivedDefective;
    private long transferredIn;
    private long regradedInPlace;
    private long transferredOut;
    private long otherPartReceived;

    @BeforeEach
    void aWorkshopWithMovementsInOutAndInPlace() {
        workshop = given.workshop();
        store = given.store();
        sku = given.part();
        String other = given.part();
        receivedDefective = post(1, Map.of("type", "RECEIPT", "sku", sku, "toLocation", workshop, "quantity", 5,
                "condition", "DEFECTIVE"));
        post(1, Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 5, "condition", "NEW"));
        transferredIn = post(2, Map.of("type", "TRANSFER", "sku", sku, "fromLocation", store, "toLocation", workshop,
                "condition", "NEW", "quantity", 2));
        regradedInPlace = post(3, Map.of("type", "REGRADE", "sku", sku, "fromLocation", workshop,
                "fromCondition", "DEFECTIVE", "toCondition", "REPAIRED", "quantity", 1));
        transferredOut = post(4, Map.of("type", "TRANSFER", "sku", sku, "fromLocation", workshop, "toLocation", store,
                "condition", "REPAIRED", "quantity", 1));
        otherPartReceived = post(2, Map.of("type", "RECEIPT", "sku", other, "toLocation", workshop, "quantity", 1,
                "condition", "DEFECTIVE"));
        post(5, Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 1, "reference", "TEST-RO-21"));
    }

    @Test
    void aLocationsLedgerHoldsWhatLeftItAndWhatEnteredItEachOnceNewestFirst() {
        Reply ledger = admin.get("/api/movements?location=" + workshop).expect(200);

        assertEquals(List.of(transferredOut, regradedInPlace, otherPartReceived, transferredIn, receivedDefective),
                ids(ledger), "by time, then the later id first; the regrade in place once");
        assertEquals(5, ledger.integer("total"));
    }

    @Test
    void aLocationsLedgerIsPagedAndCountedAsOneList() {
        String pages = "/api/movements?size=2&location=" + workshop + "&page=";

        assertEquals(List.of(transferredOut, regradedInPlace), ids(admin.get(pages + 0).expect(200)));
        Reply second = admin.get(pages + 1).expect(200);
        assertEquals(List.of(otherPartReceived, transferredIn), ids(second));
        assertEquals(5, second.integer("total"));
        assertEquals(List.of(receivedDefective), ids(admin.get(pages + 2).expect(200)));
        assertEquals(List.of(), ids(admin.get(pages + 3).expect(200)));
    }

    @Test
    void aLocationsLedgerCombinesWithThePartTheTypeAndTheDates() {
        Reply ofThePart = admin.get("/api/movements?size=3&page=1&location=" + workshop + "&sku=" + sku).expect(200);
        assertEquals(List.of(receivedDefective), ids(ofThePart));
        assertEquals(4, ofThePart.integer("total"));

        Reply transfers = admin.get("/api/movements?type=TRANSFER&location=" + workshop).expect(200);
        assertEquals(List.of(transferredOut, transferredIn), ids(transfers));
        assertEquals(2, transfers.integer("total"));

        Reply between = admin.get("/api/movements?location=" + workshop + "&from=" + at(2) + "&to=" + at(4)).expect(200);
        assertEquals(List.of(regradedInPlace, otherPartReceived, transferredIn), ids(between));
        assertEquals(3, between.integer("total"));

        Reply regrades = admin.get("/api/movements?type=REGRADE&sku=" + sku + "&location=" + workshop).expect(200);
        assertEquals(List.of(regradedInPlace), ids(regrades));
        assertEquals(1, regrades.integer("total"));
    }

    @Test
    void theOtherSideOfATransferFindsItToo() {
        Reply ledger = admin.get("/api/movements?location=" + store + "&sku=" + sku).expect(200);

        assertEquals(4, ledger.integer("total"));
        assertEquals(transferredOut, ids(ledger).get(1));
        assertEquals(transferredIn, ids(ledger).get(2));
    }

    private long post(int days, Map<String, Object> movement) {
        Map<String, Object> body = new HashMap<>(movement);
        body.put("occurredAt", at(days));
        return ((Number) admin.post("/api/movements", body).expect(201).get("id")).longValue();
    }

    private String at(int days) {
        return day.plus(days, ChronoUnit.DAYS).toString();
    }

    private static List<Long> ids(Reply page) {
        return page.items().stream().map(m -> ((Number) m.get("id")).longValue()).toList();
    }
}
