package fr.sav.inventory.loan;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Backdating;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.sav.inventory.loan.LoanFixtures.assertMoney;
import static fr.sav.inventory.loan.LoanFixtures.inDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOMAIN rule 18: a unit lent to a customer leaves stock and its value, and comes back DEFECTIVE to the workshop. */
class LoanFlowTest extends ApiTest {

    @Test
    void aLentUnitLeavesStockAtItsValueAndComesBackDefectiveToTheWorkshop() {
        LoanFixtures loans = new LoanFixtures(admin, "200.00");
        String store = given.store();
        String workshop = given.workshop();
        String serial = loans.unit(store, "RECONDITIONED", "120.00");
        String repair = loans.customerRepair(workshop, "CLIENT-L1");

        Reply lent = admin.post("/api/loans", Map.of("sku", loans.sku, "repairOrder", repair,
                "dueDate", inDays(14).toString())).expect(201);

        String number = lent.string("number");
        assertTrue(number.matches("LN-\\d{4}-\\d{6}"), number);
        assertEquals("LENT", lent.string("status"));
        assertEquals("LOAN", lent.string("kind"));
        assertEquals(serial, lent.string("serial"));
        assertEquals("CLIENT-L1", lent.string("customerRef"), "the repair order's customer");
        assertEquals(repair, lent.string("repairOrder"));
        assertEquals(store, lent.string("lentFrom"));
        assertMoney("120.00", lent.get("lentValue"));
        Reply unit = loans.unitView(serial);
        assertEquals("AT_CUSTOMER", unit.string("status"));
        assertNull(unit.get("location"));
        assertEquals(0, given.onHand(loans.sku, store, "RECONDITIONED"));
        Reply partStock = admin.get("/api/parts/" + loans.sku + "/stock").expect(200);
        assertEquals(0, partStock.integer("onHand"));
        assertEquals(0, partStock.integer("usableAvailable"));
        assertEquals(1, partStock.integer("onLoan"));
        Map<String, Object> issue = loans.ledger().get(0);
        assertEquals("ISSUE", issue.get("type"));
        assertEquals(number, issue.get("reference"));
        assertEquals(serial, issue.get("serial"));
        assertEquals(store, issue.get("fromLocation"));
        assertMoney("120.00", issue.get("value"));
        loans.assertValue(0, "0.00");
        admin.post("/api/loans", Map.of("sku", loans.sku, "customerRef", "CLIENT-L2", "dueDate", inDays(3).toString()))
                .expectProblem(409, "insufficient-stock");
        assertEquals(1, admin.get("/api/loans?repairOrder=" + repair).expect(200).integer("total"));

        Reply back = admin.post("/api/loans/" + number + "/return", Map.of("location", workshop)).expect(200);

        assertEquals("RETURNED", back.string("status"));
        assertEquals(workshop, back.string("returnedTo"));
        unit = loans.unitView(serial);
        assertEquals("IN_STOCK", unit.string("status"));
        assertEquals("DEFECTIVE", unit.string("condition"));
        assertEquals(workshop, unit.string("location"));
        assertEquals(0, unit.integer("returnCount"), "the end of a loan is not a failure");
        assertEquals(1, given.onHand(loans.sku, workshop, "DEFECTIVE"));
        assertEquals(0, admin.get("/api/parts/" + loans.sku + "/stock").integer("onLoan"));
        Map<String, Object> returned = loans.ledger().get(0);
        assertEquals("RETURN", returned.get("type"));
        assertEquals("LOAN_END", returned.get("reason"));
        assertEquals(number, returned.get("reference"));
        assertEquals("DEFECTIVE", returned.get("toCondition"));
        assertMoney("40.00", returned.get("value"));
        loans.assertValue(1, "40.00");

        admin.post("/api/loans/" + number + "/return", Map.of("location", workshop)).expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "RETURNED", "action", "return", "allowed", List.of()));

        assertEquals(1, given.onHand(loans.sku, workshop, "DEFECTIVE"));
        assertEquals(3, loans.ledger().size(), "receipt, issue, return: the second return wrote nothing");
        loans.assertValue(1, "40.00");
        assertEquals("RETURNED", admin.get("/api/loans/" + number).expect(200).string("status"));
        assertEquals(true, admin.get("/api/stock/audit").get("consistent"), "levels agree with the ledger");
    }

    @Test
    void theRepairOrderReconditioningAReturnedLoanUnitIsChargedToTheLoanAndNoLaterOne() {
        LoanFixtures loans = new LoanFixtures(admin, "200.00");
        String store = given.store();
        String workshop = given.workshop();
        String serial = loans.unit(store, "REPAIRED", "150.00");
        String number = admin.post("/api/loans", Map.of("serial", serial, "customerRef", "CLIENT-L3", "kind", "RENTAL",
                "dueDate", inDays(7).toString())).expect(201).string("number");
        admin.post("/api/loans/" + number + "/return", Map.of("location", workshop)).expect(200);

        String repair = admin.post("/api/repair-orders", Map.of("sku", loans.sku, "serial", serial, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE", "location", workshop)).expect(201).string("number");
        admin.post("/api/repair-orders/" + repair + "/diagnose", Map.of("findings", "rayures", "estimatedCost", "0.00",
                "estimatedMinutes", 60)).expect(200);
        admin.post("/api/repair-orders/" + repair + "/start", "{}").expect(200);
        Reply done = admin.post("/api/repair-orders/" + repair + "/complete", Map.of("condition", "RECONDITIONED",
                "laborMinutes", 60)).expect(200);

        assertEquals(number, done.string("chargedTo"));
        assertMoney("45.00", ((Map<?, ?>) done.get("costs")).get("total"));
        Reply loan = admin.get("/api/loans/" + number).expect(200);
        assertEquals("RENTAL", loan.string("kind"));
        assertEquals(repair, loan.string("reconditioningOrder"));
        assertMoney("45.00", loan.get("reconditioningCost"));
        // 40.00 when it came back defective (0.2 × 200.00) + 60 minutes at 45.00 an hour.
        loans.assertValue(1, "85.00");
        assertEquals("RECONDITIONED", loans.unitView(serial).string("condition"));

        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", loans.sku, "serial", serial, "fromLocation", workshop,
                "fromCondition", "RECONDITIONED", "reference", "INT-" + number)).expect(201);
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", loans.sku, "serial", serial, "toLocation", workshop))
                .expect(201);
        String later = admin.post("/api/repair-orders", Map.of("sku", loans.sku, "serial", serial, "owner", "COMPANY",
                "origin", "TECHNICIAN_RETURN", "location", workshop)).expect(201).string("number");

        assertEquals("STORE", admin.get("/api/repair-orders/" + later).expect(200).string("chargedTo"),
                "the unit served an intervention since the loan: its failure is the store's");
        assertEquals(repair, admin.get("/api/loans/" + number).expect(200).string("reconditioningOrder"));
    }

    @Test
    void overdueLoansAreListedAndCountedOnTheDashboard() throws Exception {
        LoanFixtures loans = new LoanFixtures(admin, "80.00");
        String store = given.store();
        loans.unit(store, "NEW", "80.00");
        loans.unit(store, "USED", "30.00");
        String late = admin.post("/api/loans", Map.of("sku", loans.sku, "customerRef", "CLIENT-L4",
                "dueDate", inDays(0).toString())).expect(201).string("number");
        String onTime = admin.post("/api/loans", Map.of("sku", loans.sku, "customerRef", "CLIENT-L5",
                "dueDate", inDays(0).toString())).expect(201).string("number");
        Map<String, Object> before = loansFigure();
        Backdating.loanDue(late, inDays(-4));

        List<Map<String, Object>> overdue = admin.get("/api/loans?overdue=true&sku=" + loans.sku).expect(200).items();
        Map<String, Object> after = loansFigure();

        assertEquals(List.of(late), overdue.stream().map(l -> l.get("number")).toList(), "due today is not late yet");
        assertEquals(true, overdue.get(0).get("overdue"));
        assertEquals(false, admin.get("/api/loans/" + onTime).get("overdue"));
        assertEquals(1, number(after, "overdue") - number(before, "overdue"));
        assertEquals(number(before, "lent"), number(after, "lent"));
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = ((List<Map<String, Object>>) after.get("mostOverdue")).stream()
                .filter(l -> late.equals(l.get("number"))).findFirst().orElseThrow(() -> new AssertionError(after));
        assertEquals(4, ((Number) listed.get("daysLate")).intValue());
        assertEquals("CLIENT-L4", listed.get("customerRef"));
    }

    private Map<String, Object> loansFigure() {
        @SuppressWarnings("unchecked")
        Map<String, Object> figure = (Map<String, Object>) admin.get("/api/dashboard").expect(200).get("loans");
        return figure;
    }

    private static long number(Map<String, Object> figure, String field) {
        return ((Number) figure.get(field)).longValue();
    }
}
