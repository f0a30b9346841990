package fr.sav.inventory.dashboard;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The manager's service figures over one small world, in a database of its own so that every figure can be worked
 * out by hand (medians and shares cannot be compared before and after). Labour is 45.00 an hour.
 *
 * <pre>
 * repair     family origin             owner    closed      receipt→completion  labour  parts  subcontracting  other
 * pump-1     PUMP   TECHNICIAN_RETURN  COMPANY  today       2 d                 60 min  20.00
 * pump-2     PUMP   TECHNICIAN_RETURN  COMPANY  today       4 d                 30 min
 * pump-3     PUMP   TECHNICIAN_RETURN  COMPANY  today       10 d                 0 min         80.00
 * pump-4     PUMP   TECHNICIAN_RETURN  COMPANY  today       scrapped
 * board      BOARD  STOCK_DEFECTIVE    COMPANY  today       1.5 d              120 min                        12.00
 * customer   PUMP   CUSTOMER_DROP_OFF  CUSTOMER today       6 d                 20 min
 * motor-1    MOTOR  TECHNICIAN_RETURN  COMPANY  100 d ago   1 d                 60 min
 * motor-2    MOTOR  TECHNICIAN_RETURN  COMPANY  400 d ago   scrapped
 * </pre>
 */
class ServiceFiguresTest extends ApiTest {

    private static final String DATABASE = "inventory_figures_" + UUID.randomUUID().toString().substring(0, 8);
    private static final int MINUTES_A_DAY = 24 * 60;
    private static final String[] SPLIT = {"parts", "labour", "subcontracting", "other"};

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    private String workshop;
    private String store;
    private String supplier;
    private String pump;
    private String board;
    private String motor;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("datasources.default.url", TestDatabase.otherDatabase(DATABASE));
        return properties;
    }

    @AfterAll
    void dropTheDatabase() {
        TestDatabase.drop(DATABASE);
    }

    @BeforeAll
    void aSmallWorld() {
        workshop = given.workshop();
        store = given.store();
        supplier = given.supplier();
        admin.post("/api/locations", Map.of("code", supplier, "name", "Sous-traitant", "kind", "SUBCONTRACTOR")).expect(201);
        pump = given.part(Map.of("family", "PUMP", "repairable", true));
        board = given.part(Map.of("family", "BOARD", "repairable", true));
        motor = given.part(Map.of("family", "MOTOR", "repairable", true));
        String spare = given.part(Map.of("family", "SEAL", "standardCost", "10.00"));
        given.receive(spare, store, 2, "NEW");

        String pump1 = started(pump, "TECHNICIAN_RETURN");
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", spare, "fromLocation", store, "quantity", 2,
                "reference", pump1)).expect(201);
        completed(pump1, 60, 2 * MINUTES_A_DAY);
        completed(started(pump, "TECHNICIAN_RETURN"), 30, 4 * MINUTES_A_DAY);
        String pump3 = started(pump, "TECHNICIAN_RETURN");
        admin.post("/api/repair-orders/" + pump3 + "/send-to-subcontractor", Map.of("supplier", supplier,
                "expectedDate", LocalDate.now().plusDays(5).toString())).expect(200);
        admin.post("/api/repair-orders/" + pump3 + "/receive-from-subcontractor", Map.of("cost", "80.00")).expect(200);
        completed(pump3, 0, 10 * MINUTES_A_DAY);
        scrapped(started(pump, "TECHNICIAN_RETURN"));
        String boardRepair = started(board, "STOCK_DEFECTIVE");
        admin.post("/api/repair-orders/" + boardRepair + "/complete", Map.of("condition", "RECONDITIONED",
                "laborMinutes", 120, "cost", "12.00")).expect(200);
        received(boardRepair, 36 * 60);
        completed(customerRepair(), 20, 6 * MINUTES_A_DAY);
        String motor1 = started(motor, "TECHNICIAN_RETURN");
        completed(motor1, 60, MINUTES_A_DAY);
        closedDaysAgo(motor1, 100);
        String motor2 = started(motor, "TECHNICIAN_RETURN");
        scrapped(motor2);
        closedDaysAgo(motor2, 400);
    }

    @Test
    void turnaroundIsTheMedianAndNinetiethPercentileOfTheLastNinetyDaysByOrigin() {
        Map<String, Map<String, Object>> byOrigin = byKey(dashboard().get("turnaround"), "origin");

        assertEquals(Map.of("repairs", 3.0, "medianDays", 4.0, "p90Days", 10.0), turnaround(byOrigin, "TECHNICIAN_RETURN"),
                "2, 4 and 10 days; the motor closed 100 days ago is out of the window");
        assertEquals(Map.of("repairs", 1.0, "medianDays", 1.5, "p90Days", 1.5), turnaround(byOrigin, "STOCK_DEFECTIVE"));
        assertEquals(Map.of("repairs", 1.0, "medianDays", 6.0, "p90Days", 6.0), turnaround(byOrigin, "CUSTOMER_DROP_OFF"));
        assertEquals(0, ((Number) byOrigin.get("CORE_RETURN").get("repairs")).intValue());
        assertEquals(null, byOrigin.get("CORE_RETURN").get("medianDays"));
    }

    @Test
    void yieldIsCompletedOverClosedCompanyOrdersOfTheFamilyInTheLastYear() {
        List<Map<String, Object>> yield = list(dashboard().get("repairYield"));

        assertEquals(List.of("PUMP", "BOARD", "MOTOR"), yield.stream().map(y -> y.get("family")).toList(),
                "most closed first");
        assertEquals(Map.of("closed", 4.0, "completed", 3.0, "yield", 0.75), numbers(yield.get(0), "closed", "completed", "yield"),
                "the customer's pump is not ours; a scrapped pump is a failure");
        assertEquals(Map.of("closed", 1.0, "completed", 1.0, "yield", 1.0), numbers(yield.get(2), "closed", "completed", "yield"),
                "the motor scrapped 400 days ago is out of the year");
    }

    @Test
    void costPerRepairIsSplitIntoPartsLabourAndSubcontractingByMonth() {
        Map<String, Map<String, Object>> byMonth = byKey(dashboard().get("repairCost"), "month");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Map<String, Object> thisMonth = byMonth.get(today.withDayOfMonth(1).toString());
        assertEquals(12, byMonth.size());
        assertEquals(5, ((Number) thisMonth.get("repairs")).intValue(), "3 pumps, the board and the customer's item");
        assertEquals(Map.of("parts", 20.0, "labour", 172.5, "subcontracting", 80.0, "other", 12.0), numbers(map(thisMonth.get("total")), SPLIT));
        assertEquals(Map.of("parts", 4.0, "labour", 34.5, "subcontracting", 16.0, "other", 2.4), numbers(map(thisMonth.get("perRepair")), SPLIT));
        Map<String, Object> motorMonth = byMonth.get(today.minusDays(100).withDayOfMonth(1).toString());
        assertEquals(Map.of("parts", 0.0, "labour", 45.0, "subcontracting", 0.0, "other", 0.0), numbers(map(motorMonth.get("perRepair")), SPLIT));
    }

    @Test
    void firstTimeAvailabilityCountsTheAsksStockServedAtOnceAndEachRefusedNeedOnce() {
        String part = given.part(Map.of("family", "FILTER"));
        String none = given.part(Map.of("family", "FILTER"));
        given.receive(part, store, 3, "NEW");
        reserve(part, 1, "RO-FT-A").expect(201);
        reserve(part, 100, "RO-FT-B").expectProblem(409, "insufficient-stock");
        reserve(part, 50, "RO-FT-B").expectProblem(409, "insufficient-stock");
        reserve(part, 1, "RO-FT-B").expect(201);
        reserve(none, 1, "RO-FT-C").expectProblem(409, "insufficient-stock");
        long old = reserve(part, 1, "RO-FT-D").expect(201).integer("id");
        update("UPDATE reservation SET created_at = created_at - INTERVAL 100 DAY WHERE id = ?", old);

        Map<String, Object> first = map(dashboard().get("firstTimeAvailability"));

        assertEquals(Map.of("asked", 3.0, "servedFirstTime", 1.0, "share", 0.3333), numbers(first, "asked", "servedFirstTime", "share"),
                "A served at once; B refused twice then served; C refused; D asked 100 days ago");
    }

    @Test
    void coreRecoveryIsCoresBackByTheirDueDateOverCoresDueInTheLastNinetyDays() {
        String part = given.part(Map.of("family", "DRUM", "standardCost", "60.00"));
        given.receive(part, store, 6, "RECONDITIONED");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        exchange(part, today.minusDays(10), 12);
        exchange(part, today.minusDays(5), 2);
        exchange(part, today.minusDays(20), null);
        exchange(part, today.plusDays(10), null);
        exchange(part, today.minusDays(100), null);
        exchange(part, today, null);

        Map<String, Object> recovery = map(dashboard().get("coreRecovery"));

        assertEquals(Map.of("due", 3.0, "onTime", 1.0, "rate", 0.3333), numbers(recovery, "due", "onTime", "rate"),
                "due 10, 5 and 20 days ago: back 2 days early, 3 days late, still owed");
    }

    @Test
    void stockIsValuedByLocationAndConditionAndAddsUpToTheTotal() {
        String shelf = given.store();
        String part = given.part(Map.of("standardCost", "42.50"));
        given.receive(part, shelf, 3, "NEW");
        given.receive(part, shelf, 2, "RECONDITIONED");

        Map<String, Object> dashboard = dashboard();

        Map<String, Object> location = byKey(dashboard.get("stockByLocation"), "location").get(shelf);
        assertEquals(Map.of("pieces", 5.0, "value", 212.5), numbers(location, "pieces", "value"));
        assertEquals("STORE", location.get("kind"));
        assertEquals(Map.of("NEW", 127.5, "RECONDITIONED", 85.0), numbers(map(location.get("byCondition")), "NEW", "RECONDITIONED"));
        assertEquals(2, map(location.get("byCondition")).size());
        assertEquals(((Number) dashboard.get("stockTotal")).doubleValue(), list(dashboard.get("stockByLocation")).stream()
                .mapToDouble(l -> ((Number) l.get("value")).doubleValue()).sum(), 0.001);
    }

    @Test
    void stockIsWorthWhatItCostNotItsStandardCostAndDefectiveStockItsShare() {
        String workshop = given.workshop();
        String part = given.part(Map.of("standardCost", "42.50"));
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", part, "toLocation", workshop, "quantity", 2,
                "unitCost", "30.00")).expect(201);
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", part, "toLocation", workshop)).expect(201);

        Map<String, Object> location = byKey(dashboard().get("stockByLocation"), "location").get(workshop);

        assertEquals(Map.of("NEW", 60.0, "DEFECTIVE", 8.5), numbers(map(location.get("byCondition")), "NEW", "DEFECTIVE"),
                "two received at 30.00, one defective at 0.2 × 42.50: the valuation's moving averages");
    }

    private static Map<String, Double> turnaround(Map<String, Map<String, Object>> byOrigin, String origin) {
        return numbers(byOrigin.get(origin), "repairs", "medianDays", "p90Days");
    }

    private String started(String sku, String origin) {
        return given.startedRepair(sku, workshop, origin);
    }

    private String customerRepair() {
        String number = admin.post("/api/repair-orders", Map.of("sku", pump, "serial", Fixtures.key("CUST"),
                "owner", "CUSTOMER", "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-7"))
                .expect(201).string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "joint", "estimatedCost", "10.00",
                "estimatedMinutes", 20)).expect(200);
        admin.post("/api/repair-orders/" + number + "/quote", Map.of("amount", "40.00",
                "location", given.location("AWAITING_CUSTOMER"))).expect(200);
        admin.post("/api/repair-orders/" + number + "/approve", "{}").expect(200);
        admin.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        return number;
    }

    /** Completes the order now, received {@code minutes} before. */
    private void completed(String number, int laborMinutes, int minutes) {
        admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED", "laborMinutes", laborMinutes))
                .expect(200);
        received(number, minutes);
    }

    private void received(String number, int minutesBeforeClosing) {
        update("UPDATE repair_order SET received_at = closed_at - INTERVAL ? MINUTE WHERE number = ?", minutesBeforeClosing,
                number);
    }

    private void scrapped(String number) {
        admin.post("/api/repair-orders/" + number + "/scrap", "{}").expect(200);
    }

    private void closedDaysAgo(String number, int days) {
        update("UPDATE repair_order SET received_at = received_at - INTERVAL ? DAY, closed_at = closed_at - INTERVAL ? DAY "
                + "WHERE number = ?", days, days, number);
    }

    private fr.sav.inventory.support.Reply reserve(String sku, int quantity, String reference) {
        return admin.post("/api/reservations", Map.of("sku", sku, "quantity", quantity, "reference", reference));
    }

    /** An exchange whose core was due that day, and came back that many days ago (none: still owed). */
    private void exchange(String sku, LocalDate due, Integer coreBackDaysAgo) {
        String number = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-CORE")).expect(201)
                .string("number");
        if (coreBackDaysAgo != null) {
            admin.post("/api/exchanges/" + number + "/core", Map.of("location", workshop)).expect(200);
            update("UPDATE standard_exchange SET core_received_at = core_received_at - INTERVAL ? DAY WHERE number = ?",
                    coreBackDaysAgo, number);
        }
        update("UPDATE standard_exchange SET core_due_date = ? WHERE number = ?", due, number);
    }

    /** Moves a record into the past: the service never backdates one itself. */
    private void update(String statement, Object... values) {
        assertEquals(1, (int) transactions.write(() -> sql.update(statement, values)), statement + " " + Arrays.toString(values));
    }

    private Map<String, Object> dashboard() {
        return admin.get("/api/dashboard").expect(200).body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Map<String, Object>> byKey(Object rows, String key) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        list(rows).forEach(row -> byKey.put(String.valueOf(row.get(key)), row));
        return byKey;
    }

    /** The row's figures, as numbers however the JSON reader answers them. */
    private static Map<String, Double> numbers(Map<String, Object> row, String... fields) {
        Map<String, Double> numbers = new HashMap<>();
        for (String field : fields) {
            numbers.put(field, ((Number) row.get(field)).doubleValue());
        }
        return numbers;
    }
}
