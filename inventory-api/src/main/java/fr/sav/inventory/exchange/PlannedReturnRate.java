package fr.sav.inventory.exchange;

/** The rate a plan uses and the sentence that says where it comes from. */
public record PlannedReturnRate(double rate, boolean observed, String words) {
}
