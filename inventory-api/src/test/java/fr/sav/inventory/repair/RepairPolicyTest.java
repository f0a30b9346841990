package fr.sav.inventory.repair;

import fr.sav.inventory.stock.Owner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepairPolicyTest {

    private final RepairPolicy policy = new RepairPolicy(new BigDecimal("0.6"), 3);

    @ParameterizedTest(name = "parts {0} + labour {1} + subcontract {2} on new {3}, {4} returns, {5}, exchangeable {6} -> {7}")
    @CsvSource(nullValues = "null", value = {
            "30.00,  0.00,  0.00, 100.00, 0, COMPANY,  false, REPAIR",
            "60.00,  0.00,  0.00, 100.00, 0, COMPANY,  false, REPAIR",
            "60.01,  0.00,  0.00, 100.00, 0, COMPANY,  false, SCRAP",
            "20.00, 30.00, 10.00, 100.00, 0, COMPANY,  false, REPAIR",
            "20.00, 30.00, 10.01, 100.00, 0, COMPANY,  false, SCRAP",
            "10.00, 51.00,  0.00, 100.00, 0, CUSTOMER, true,  EXCHANGE",
            "61.00,  0.00,  0.00, 100.00, 0, CUSTOMER, false, RETURN_UNREPAIRED",
            "10.00,  0.00,  0.00, 100.00, 2, CUSTOMER, true,  REPAIR",
            "10.00,  0.00,  0.00, 100.00, 3, CUSTOMER, true,  EXCHANGE",
            "10.00,  0.00,  0.00, 100.00, 3, COMPANY,  true,  SCRAP",
            "500.00, 0.00,  0.00, null,   0, COMPANY,  false, REPAIR",
            "500.00, 0.00,  0.00, null,   4, COMPANY,  false, SCRAP"})
    void theEconomicRuleRecommends(BigDecimal parts, BigDecimal labour, BigDecimal subcontract, BigDecimal newCost,
                                   int returns, Owner owner, boolean exchangeable, Recommendation expected) {
        RepairPolicy.Advice advice = policy.advise(new RepairPolicy.Estimate(parts, labour, subcontract), newCost,
                returns, owner, exchangeable);

        assertEquals(expected, advice.recommendation(), advice.reason());
        assertEquals(parts.add(labour).add(subcontract), advice.estimatedTotal());
        assertTrue(advice.reason().length() > 20, "the reason is explained");
    }
}
