package fr.sav.inventory.repair;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/** The workshop's settings: the economic rule and the hourly labour rate. */
@Factory
class RepairSettings {

    @Singleton
    RepairPolicy policy(@Value("${inventory.repair.max-cost-ratio:0.6}") BigDecimal maxCostRatio,
                        @Value("${inventory.repair.max-returns:3}") int maxReturns) {
        return new RepairPolicy(maxCostRatio, maxReturns);
    }

    @Singleton
    LabourRate labourRate(@Value("${inventory.repair.hourly-rate:45.00}") BigDecimal hourlyRate) {
        return new LabourRate(hourlyRate);
    }

    /** What an hour of workshop labour costs. */
    record LabourRate(BigDecimal perHour) {

        BigDecimal of(int minutes) {
            return perHour.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2,
                    java.math.RoundingMode.HALF_UP);
        }
    }
}
