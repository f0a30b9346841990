package fr.sav.inventory.field;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How a location's own min and max are proposed ({@code inventory.field.*}): weeks of its consumption looked at,
 * the days a replenishment takes to arrive (the lead time), the weeks between replenishments (the review
 * period), and the target service level.
 */
@ConfigurationProperties("inventory.field")
class FieldSettings {

    private int historyWeeks = 13;
    private int replenishmentDays = 7;
    private double reviewWeeks = 1;
    private double serviceLevel = 0.95;

    public int getHistoryWeeks() {
        return historyWeeks;
    }

    public void setHistoryWeeks(int historyWeeks) {
        this.historyWeeks = historyWeeks;
    }

    public int getReplenishmentDays() {
        return replenishmentDays;
    }

    public void setReplenishmentDays(int replenishmentDays) {
        this.replenishmentDays = replenishmentDays;
    }

    public double getReviewWeeks() {
        return reviewWeeks;
    }

    public void setReviewWeeks(double reviewWeeks) {
        this.reviewWeeks = reviewWeeks;
    }

    public double getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(double serviceLevel) {
        this.serviceLevel = serviceLevel;
    }
}
