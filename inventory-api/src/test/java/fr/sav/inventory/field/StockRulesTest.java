package fr.sav.inventory.field;

import fr.sav.inventory.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static fr.sav.inventory.field.FieldFixtures.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DOMAIN rule 18: a van's min and max per part, set by hand or proposed from what the van itself consumed. */
class StockRulesTest extends ApiTest {

    @Test
    void rulesSetByHandAreReadBackAndReplacedAsAWhole() {
        FieldFixtures field = new FieldFixtures(admin);
        String van = field.vanOf(given.store());
        String pump = given.part();
        String seal = given.part();

        field.rules(van, List.of(rule(pump, 2, 5), rule(seal, 0, 3))).expect(200);
        field.rules(van, List.of(rule(pump, 1, 4))).expect(200);

        List<?> rules = (List<?>) admin.get("/api/locations/" + van + "/stock-rules").expect(200).get("rules");
        assertEquals(1, rules.size(), "the seal's rule was left out of the second PUT: it is gone");
        Map<?, ?> only = (Map<?, ?>) rules.get(0);
        assertEquals(pump, only.get("sku"));
        assertEquals(1, ((Number) only.get("min")).intValue());
        assertEquals(4, ((Number) only.get("max")).intValue());
    }

    @Test
    void aMaximumBelowTheMinimumOrAPartNamedTwiceIsRefusedAndNothingChanges() {
        FieldFixtures field = new FieldFixtures(admin);
        String van = field.vanOf(given.store());
        String pump = given.part();
        field.rules(van, List.of(rule(pump, 2, 5))).expect(200);

        field.rules(van, List.of(rule(pump, 4, 3))).expectProblem(400, "invalid-request");
        field.rules(van, List.of(rule(pump, 1, 2), rule(pump, 1, 3))).expectProblem(400, "invalid-request");
        field.rules(van, List.of(rule(pump, 0, 0))).expectProblem(400, "invalid-request");
        field.rules(van, List.of(rule(pump, -1, 2))).expectProblem(400, "invalid-request");
        field.rules(van, List.of(rule("NO-SUCH-PART", 1, 2))).expectProblem(404, "not-found");
        admin.put("/api/locations/NO-SUCH-VAN/stock-rules", Map.of("rules", List.of())).expectProblem(404, "not-found");

        Map<?, ?> kept = (Map<?, ?>) ((List<?>) admin.get("/api/locations/" + van + "/stock-rules").expect(200)
                .get("rules")).get(0);
        assertEquals(2, ((Number) kept.get("min")).intValue());
        assertEquals(5, ((Number) kept.get("max")).intValue());
    }

    @Test
    void aTechnicianCannotSetRules() {
        FieldFixtures field = new FieldFixtures(admin);
        String van = field.vanOf(given.store());

        userWith("WORKSHOP").put("/api/locations/" + van + "/stock-rules", Map.of("rules", List.of()))
                .expect(403);
    }

    /**
     * Two pieces issued from the van every week for the 13 full weeks before this one: a steady demand, forecast by
     * SES at 2 a week with no one-step error. Lead time 7 days = 1 week: lead-time demand 2, error 0. The weekly
     * review's undershoot (sizes all 2, log-variance shrunk to (20 × ln 1.49) / 33 = 0.2417): E[Y²]/E[Y] =
     * 2·e^(1.5 × 0.2417) = 2.874, E[Y³]/E[Y] = 4·e^(4 × 0.2417) = 10.517, mean 2.874/2 − ½ = 0.937, variance
     * 10.517/3 − 2.874/2 + 1/6 − 0.937² = 1.358. Covered: mean 2.937, variance 1.358 (≤ mean: Poisson); its 95 %
     * quantile is 6 (P(≤5) = 0.922, P(≤6) = 0.970), so min = 7; max = 7 + 1 review week × 2 = 9. The store's
     * own issues of the same part are not the van's consumption.
     */
    @Test
    void rulesAreProposedFromTheVansOwnIssuesWithTheReorderForecast() {
        FieldFixtures field = new FieldFixtures(admin);
        String store = given.store();
        String van = field.vanOf(store);
        String pump = given.part();
        given.receive(pump, van, 40, "NEW");
        given.receive(pump, store, 100, "NEW");
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 13; week >= 1; week--) {
            String wednesday = monday.minusWeeks(week).plusDays(2) + "T10:00:00Z";
            admin.post("/api/movements", Map.of("type", "ISSUE", "sku", pump, "fromLocation", van, "quantity", 2,
                    "reference", "INT-" + week, "occurredAt", wednesday)).expect(201);
            admin.post("/api/movements", Map.of("type", "ISSUE", "sku", pump, "fromLocation", store, "quantity", 7,
                    "reference", "RO-" + week, "occurredAt", wednesday)).expect(201);
        }

        Map<String, Object> proposed = admin.get("/api/locations/" + van + "/stock-rules/proposed").expect(200).body();

        List<?> rules = (List<?>) proposed.get("rules");
        assertEquals(1, rules.size());
        Map<?, ?> rule = (Map<?, ?>) rules.get(0);
        assertEquals(pump, rule.get("sku"));
        assertEquals("SES", rule.get("method"));
        assertEquals(2.0, ((Number) rule.get("forecastPerWeek")).doubleValue(), 1e-9);
        assertEquals(7, ((Number) rule.get("min")).intValue());
        assertEquals(9, ((Number) rule.get("max")).intValue());
        assertEquals(List.of(), admin.get("/api/locations/" + van + "/stock-rules").expect(200).get("rules"),
                "a proposal is stored only when the storekeeper puts it");
    }
}
