package fr.sav.inventory.purchasing.forecast;

import java.math.BigDecimal;

/**
 * A part to reorder, with every number that produced the quantity; {@code supplier} and {@code unitPrice}
 * are null when the part has no supplier offer (the quantity is then the need in whole pieces); {@code levelsFrom}
 * says whether the forecast, a hand-set policy or the exchange pool set the reorder point and order-up-to.
 */
public record ReorderSuggestion(String sku, Method method, DemandClass classification, double adi, double cv2,
                                double forecastPerWeek, int leadTimeDays, double leadTimeDemand, double safetyStock,
                                int reorderPoint, int orderUpTo, long onHandUsable, long reserved, long onOrder,
                                int inRepairExpected, double repairYield, int coresDue, double position,
                                int neededQuantity, int suggestedQuantity, String supplier, BigDecimal unitPrice,
                                String explanation, double coreReturnRate, LevelsFrom levelsFrom) {
}
