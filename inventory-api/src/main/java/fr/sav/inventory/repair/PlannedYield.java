package fr.sav.inventory.repair;

/** The yield a plan uses, where it comes from, and the sentence that says so. */
public record PlannedYield(double yield, boolean observed, long closed, long completed, String words) {
}
