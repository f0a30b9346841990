package fr.sav.inventory.repair;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The workshop's settings: the economic rule, the hourly labour rate and our repair warranty. */
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

    @Singleton
    Warranty warranty(@Value("${inventory.repair.warranty-days:90}") int days) {
        return new Warranty(days);
    }

    /** How long we answer for a repair: from the day the order closed REPAIRED or RECONDITIONED. */
    record Warranty(int days) {

        @Nullable
        LocalDate until(@Nullable Outcome outcome, @Nullable Instant closedAt) {
            return closedAt != null && (outcome == Outcome.REPAIRED || outcome == Outcome.RECONDITIONED)
                    ? LocalDate.ofInstant(closedAt, ZoneOffset.UTC).plusDays(days) : null;
        }

        /** Since when a repair still covers an item brought back at that instant. */
        Instant coversFrom(Instant broughtBack) {
            return broughtBack.minus(Duration.ofDays(days));
        }
    }

    /** What an hour of workshop labour costs. */
    record LabourRate(BigDecimal perHour) {

        BigDecimal of(int minutes) {
            return perHour.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2,
                    java.math.RoundingMode.HALF_UP);
        }
    }
}
