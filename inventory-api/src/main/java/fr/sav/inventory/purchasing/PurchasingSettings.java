package fr.sav.inventory.purchasing;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reorder policy's settings ({@code inventory.purchasing.*}): the target cycle service level (and per
 * part family), weeks of history, review period, the lead time
 * assumed when no supplier says, the weight of a family's pooled sizes in a part's bootstrap; and the total in EUR up to which a buyer approves a purchase request.
 */
@ConfigurationProperties("inventory.purchasing")
class PurchasingSettings {

    private double serviceLevel = 0.95;
    private Map<String, Double> familyServiceLevel = new HashMap<>();
    private int historyWeeks = 104;
    private double reviewWeeks = 4;
    private int defaultLeadTimeDays = 14;
    private double poolWeight = 32;
    private BigDecimal approvalLimit = new BigDecimal("5000");

    public double serviceLevelFor(String family) {
        return family == null ? serviceLevel
                : familyServiceLevel.getOrDefault(family.toUpperCase(Locale.ROOT), serviceLevel);
    }

    public double getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(double serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public Map<String, Double> getFamilyServiceLevel() {
        return familyServiceLevel;
    }

    public void setFamilyServiceLevel(Map<String, Double> familyServiceLevel) {
        Map<String, Double> upper = new HashMap<>();
        familyServiceLevel.forEach((family, level) -> upper.put(family.toUpperCase(Locale.ROOT), level));
        this.familyServiceLevel = upper;
    }

    public int getHistoryWeeks() {
        return historyWeeks;
    }

    public void setHistoryWeeks(int historyWeeks) {
        this.historyWeeks = historyWeeks;
    }

    public double getReviewWeeks() {
        return reviewWeeks;
    }

    public void setReviewWeeks(double reviewWeeks) {
        this.reviewWeeks = reviewWeeks;
    }

    public int getDefaultLeadTimeDays() {
        return defaultLeadTimeDays;
    }

    public void setDefaultLeadTimeDays(int defaultLeadTimeDays) {
        this.defaultLeadTimeDays = defaultLeadTimeDays;
    }

    /**
     * Pseudo-sizes the sizes pooled across a part's family are worth in its bootstrap of lead-time demand, against
     * the part's own n sizes (0: its own only).
     */
    public double getPoolWeight() {
        return poolWeight;
    }

    public void setPoolWeight(double poolWeight) {
        this.poolWeight = poolWeight;
    }

    public BigDecimal getApprovalLimit() {
        return approvalLimit;
    }

    public void setApprovalLimit(BigDecimal approvalLimit) {
        this.approvalLimit = approvalLimit;
    }
}
