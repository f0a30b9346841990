package fr.sav.inventory.exchange;

/** Cores that were due in the window and those back by their due date. */
public record CoreTally(long due, long onTime) {
}
