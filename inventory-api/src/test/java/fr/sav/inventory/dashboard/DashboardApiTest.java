package fr.sav.inventory.dashboard;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Backdating;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The manager's figures move with the ledger, the workshop and the exchanges; tests compare before and after. */
class DashboardApiTest extends ApiTest {

    @Test
    void stockIsValuedAtStandardCostByCondition() {
        String sku = given.part(Map.of("standardCost", "42.50"));
        String store = given.store();
        Map<String, Object> before = dashboard();

        given.receive(sku, store, 3, "NEW");
        given.receive(sku, store, 2, "RECONDITIONED");

        Map<String, Object> after = dashboard();
        assertEquals(3, pieces(after, "NEW") - pieces(before, "NEW"));
        assertEquals(127.50, value(after, "NEW") - value(before, "NEW"), 0.001);
        assertEquals(85.00, value(after, "RECONDITIONED") - value(before, "RECONDITIONED"), 0.001);
        assertEquals(212.50, number(after, "stockTotal") - number(before, "stockTotal"), 0.001);
    }

    @Test
    void aCustomersItemInRepairIsInThePipelineButNeverValued() {
        String sku = given.serializedPart();
        String workshop = given.workshop();
        Map<String, Object> before = dashboard();

        admin.post("/api/repair-orders", Map.of("sku", sku, "serial", "SN-" + sku, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop)).expect(201);

        Map<String, Object> after = dashboard();
        assertEquals(number(before, "stockTotal"), number(after, "stockTotal"), 0.001);
        assertEquals(1, band(after, "repairPipeline", 0, "customer") - band(before, "repairPipeline", 0, "customer"),
                "received today: the 0–7 days band");
    }

    @Test
    void theShortfallOfARefusedIssueIsUnmetDemandOfThisWeek() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");
        Map<String, Object> before = dashboard();

        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 4,
                "reference", "RO-TEST")).expect(409);

        Map<String, Object> after = dashboard();
        assertEquals(3, lastWeek(after, "unmetDemand", "quantity") - lastWeek(before, "unmetDemand", "quantity"),
                "4 wanted, 1 available: the shortfall of 3");
    }

    @Test
    void aCoreDueTenDaysAgoIsOverdueWithItsCharge() throws SQLException {
        String sku = given.part(Map.of("standardCost", "80.00", "exchangePrice", "120.00"));
        given.receive(sku, given.store(), 1, "RECONDITIONED");
        Map<String, Object> before = dashboard();

        String number = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-DASH", "coreCharge", "75.00"))
                .expect(201).string("number");
        Backdating.coreDue(number, LocalDate.now().minusDays(10));

        Map<String, Object> after = dashboard();
        assertEquals(1, count(after, "owed") - count(before, "owed"));
        assertEquals(1, count(after, "overdue") - count(before, "overdue"));
        assertEquals(75.00, number(cores(after), "overdueCharge") - number(cores(before), "overdueCharge"), 0.001);
        assertEquals(1, band(cores(after), "overdueByDaysLate", 1, "count") - band(cores(before), "overdueByDaysLate", 1, "count"),
                "10 days late: the 8–30 band");
    }

    @Test
    void aCompletedRepairAddsItsCostToThisWeek() {
        String sku = given.part(Map.of("standardCost", "100.00", "repairable", true));
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY", "origin", "TECHNICIAN_RETURN"))
                .expect(201).string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "joint", "estimatedCost", "10.00",
                "estimatedMinutes", 30)).expect(200);
        admin.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        Map<String, Object> before = dashboard();

        admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "RECONDITIONED", "laborMinutes", 60))
                .expect(200);

        Map<String, Object> after = dashboard();
        assertEquals(1, lastWeek(after, "reconditioning", "orders") - lastWeek(before, "reconditioning", "orders"));
        assertEquals(45.00, lastWeek(after, "reconditioning", "totalCost") - lastWeek(before, "reconditioning", "totalCost"),
                0.001, "60 minutes of labour at 45.00");
    }

    @Test
    void onlyAManagerSeesTheDashboardAndWeeksAreBounded() {
        userWith("BUYER").get("/api/dashboard").expectProblem(403, "forbidden");
        admin.get("/api/dashboard?weeks=0").expectProblem(400, "invalid-request");
        assertEquals(4, ((List<?>) admin.get("/api/dashboard?weeks=4").expect(200).get("unmetDemand")).size());
    }

    private Map<String, Object> dashboard() {
        return admin.get("/api/dashboard").expect(200).body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> dashboard, String list, int index) {
        return ((List<Map<String, Object>>) dashboard.get(list)).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> condition(Map<String, Object> dashboard, String condition) {
        return ((List<Map<String, Object>>) dashboard.get("stockValue")).stream()
                .filter(r -> condition.equals(r.get("condition"))).findFirst().orElseThrow();
    }

    private static long pieces(Map<String, Object> dashboard, String condition) {
        return ((Number) condition(dashboard, condition).get("pieces")).longValue();
    }

    private static double value(Map<String, Object> dashboard, String condition) {
        return number(condition(dashboard, condition), "value");
    }

    private static double number(Map<String, Object> map, String field) {
        return ((Number) map.get(field)).doubleValue();
    }

    private static long band(Map<String, Object> map, String list, int index, String field) {
        return ((Number) row(map, list, index).get(field)).longValue();
    }

    private static double lastWeek(Map<String, Object> dashboard, String list, String field) {
        List<?> weeks = (List<?>) dashboard.get(list);
        return number(row(dashboard, list, weeks.size() - 1), field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cores(Map<String, Object> dashboard) {
        return (Map<String, Object>) dashboard.get("cores");
    }

    private static long count(Map<String, Object> dashboard, String field) {
        return ((Number) cores(dashboard).get(field)).longValue();
    }
}
