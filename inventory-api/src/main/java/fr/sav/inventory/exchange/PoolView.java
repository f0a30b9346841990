package fr.sav.inventory.exchange;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The exchange pool of a part now, and the size it should have for the target availability, with every
 * input the recommendation rests on and an explanation in words.
 */
@Serdeable
public record PoolView(String sku, long ready, int inRepair, int owedByCustomers, long currentPool,
                       int windowDays, int exchangesInWindow, double exchangesPerDay, double meanCoreReturnDays,
                       boolean coreReturnObserved, double meanRepairDays, boolean repairObserved, double turnaroundDays,
                       double pipelineMean, double targetAvailability, int recommendedPoolSize,
                       double availabilityAtRecommended, double availabilityAtCurrent,
                       double expectedBackordersAtRecommended, String explanation) {
}
