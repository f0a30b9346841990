package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supply rules around the forecast, each in a small world of its own family: cores due (not overdue) × the
 * observed core return rate × the repair yield, the observed repair yield per family, the exchange pool as the
 * floor of the order-up-to, and exchanges as demand (a stock-out too, a core's return never netting one out).
 */
class SupplyRulesTest extends ApiTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    @Inject
    DemandSeries demand;

    @Inject
    DemandRollup rollup;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void coresDueNotOverdueCountByTheObservedReturnRateAndTheRepairYield() {
        String family = Fixtures.key("COR");
        String sku = partWithOffer(family);
        String workshop = given.workshop();
        given.receive(sku, given.store(), 17, "RECONDITIONED");
        Instant fortyDaysAgo = Instant.now().minus(40, ChronoUnit.DAYS);
        for (int i = 0; i < 12; i++) {
            String number = exchange(sku);
            if (i < 9) {
                admin.post("/api/exchanges/" + number + "/core", Map.of("location", workshop)).expect(200);
                update("UPDATE standard_exchange SET core_received_at = ? WHERE number = ?",
                        Timestamp.from(fortyDaysAgo.plus(29, ChronoUnit.DAYS)), number);
            }
            update("UPDATE standard_exchange SET created_at = ?, core_due_date = ? WHERE number = ?",
                    Timestamp.from(fortyDaysAgo), today.minusDays(10), number);
        }
        for (int i = 0; i < 4; i++) {
            update("UPDATE standard_exchange SET core_due_date = ? WHERE number = ?", today.plusDays(5), exchange(sku));
        }

        Map<String, Object> row = only(PurchasingFixtures.suggestions(admin, family));

        String explanation = (String) row.get("explanation");
        assertEquals(4, ((Number) row.get("coresDue")).intValue(), "3 overdue cores are not counted");
        assertEquals(0.75, ((Number) row.get("coreReturnRate")).doubleValue());
        assertEquals(0.8, ((Number) row.get("repairYield")).doubleValue());
        assertEquals(3.4, ((Number) row.get("position")).doubleValue(), "1 usable + 4 × 0.75 × 0.8");
        assertTrue(explanation.contains("Position 1 usable − 0 reserved + 0 on order + 0 in repair × 0.8 yield + 4 cores due "
                + "× 0.75 return rate × 0.8 yield (2.4) = 3.4, below 5."), explanation);
        assertTrue(explanation.contains("Supply: repair yield 0.8 from inventory.repair.yield (only 0 closed company repair "
                + "orders of the family in 365 days, 10 needed to observe one); core return rate 0.75 observed (9 of 12 "
                + "cores of the family due in 365 days came back by their due date). 3 cores are overdue and not counted."),
                explanation);
    }

    @Test
    void theRepairYieldIsCompletedOverClosedCompanyOrdersOfTheFamilyInTheLastYear() {
        String family = Fixtures.key("YLD");
        String sku = partWithOffer(family);
        String workshop = given.workshop();
        for (int i = 0; i < 11; i++) {
            String number = given.startedRepair(sku, workshop, "TECHNICIAN_RETURN");
            if (i < 7) {
                admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED",
                        "laborMinutes", 30)).expect(200);
            } else {
                admin.post("/api/repair-orders/" + number + "/scrap", "{}").expect(200);
            }
            if (i == 10) {
                update("UPDATE repair_order SET closed_at = closed_at - INTERVAL 400 DAY WHERE number = ?", number);
            }
        }
        for (int i = 0; i < 2; i++) {
            admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
            admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY", "origin", "TECHNICIAN_RETURN",
                    "location", workshop, "expectedDate", today.plusDays(7).toString())).expect(201);
        }
        admin.put("/api/parts/" + sku + "/stock-policy", Map.of("min", 10, "max", 12, "note", "atelier")).expect(200);

        Map<String, Object> row = only(PurchasingFixtures.suggestions(admin, family));

        String explanation = (String) row.get("explanation");
        assertEquals(0.7, ((Number) row.get("repairYield")).doubleValue(), "7 completed of 10 closed; the 11th is 400 days old");
        assertEquals(8.4, ((Number) row.get("position")).doubleValue(), "7 repaired + 2 in repair × 0.7");
        assertEquals(4, ((Number) row.get("suggestedQuantity")).intValue(), "12 − 8.4 = 3.6, rounded up");
        assertTrue(explanation.contains("Position 7 usable − 0 reserved + 0 on order + 2 in repair × 0.7 yield + 0 cores due "
                + "= 8.4, below 10. Needed 12 − 8.4 = 3.6, rounded up: 4 pieces"), explanation);
        assertTrue(explanation.contains("Supply: repair yield 0.7 observed (7 completed of 10 closed company repair orders "
                + "of the family in 365 days)."), explanation);
    }

    @Test
    void anExchangePartIsOrderedUpToItsPoolSize() {
        String family = Fixtures.key("POOL");
        String sku = partWithOffer(family);
        given.receive(sku, given.store(), 10, "RECONDITIONED");
        for (int i = 0; i < 10; i++) {
            exchange(sku);
        }

        Map<String, Object> row = only(PurchasingFixtures.suggestions(admin, family));

        String explanation = (String) row.get("explanation");
        assertEquals("EXCHANGE_POOL", row.get("levelsFrom"));
        assertEquals(List.of(4, 4, 4), List.of(row.get("reorderPoint"), row.get("orderUpTo"), row.get("suggestedQuantity")));
        assertEquals(0, ((Number) row.get("coresDue")).intValue(), "due in 30 days, beyond the 14 days of lead time");
        assertTrue(explanation.contains("Exchange pool: 4 units serve 95 % of exchanges at once (METRIC: 10 exchanges in "
                + "365 days, a unit away 37 days, 1.01 units in the pipeline), above the forecast's order-up-to 0: "
                + "reorder point and order-up-to 4. Position 0 usable"), explanation);
    }

    @Test
    void anExchangeIsDemandThatItsCoreDoesNotNetOutAndAnEmptyPoolKeepsItAsUnmet() {
        String family = Fixtures.key("EXD");
        String sku = partWithOffer(family);
        given.receive(sku, given.store(), 1, "RECONDITIONED");
        String number = exchange(sku);
        admin.post("/api/exchanges/" + number + "/core", Map.of("location", given.workshop())).expect(200);
        admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-EMPTY")).expectProblem(409, "insufficient-stock");
        long partId = transactions.read(() -> sql.one("SELECT id FROM part WHERE sku = ?", r -> r.getLong(1), sku)).orElseThrow();
        List<String> unmet = transactions.read(() -> sql.list("SELECT CONCAT(source, ' ', quantity, ' ', reference) "
                + "FROM unmet_demand WHERE part_id = ?", r -> r.getString(1), partId));
        Timestamp lastWeek = Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS));
        assertEquals(2, (int) transactions.write(() -> sql.update("UPDATE stock_movement SET occurred_at = ? WHERE reference = ?",
                lastWeek, number)), "the pool unit's issue and the core's return");
        update("UPDATE unmet_demand SET occurred_at = ? WHERE part_id = ?", lastWeek, partId);

        rollup.catchUp();
        int[] weekly = transactions.read(() -> demand.load(DemandSeries.windowStart(today, 4), 4)).get(partId);

        assertEquals(List.of("EXCHANGE 1 CLIENT-EMPTY"), unmet);
        assertArrayEquals(new int[]{2}, weekly, "the exchange and the one refused, last week; the core is supply: "
                + Arrays.toString(weekly));
        assertEquals(sku, only(PurchasingFixtures.suggestions(admin, family)).get("sku"));
    }

    private String partWithOffer(String family) {
        String supplier = given.supplier();
        String sku = given.part(Map.of("family", family, "standardCost", "60.00"));
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "REF-" + sku, "sku", sku,
                "price", "30.00", "minOrderQty", 1, "packSize", 1, "leadTimeDays", 14, "preferred", true)).expect(200);
        return sku;
    }

    private String exchange(String sku) {
        return admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-CORE")).expect(201).string("number");
    }

    private static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    /** Moves a record into the past: the service never backdates one itself. */
    private void update(String statement, Object... values) {
        assertEquals(1, (int) transactions.write(() -> sql.update(statement, values)), statement + " " + Arrays.toString(values));
    }
}
