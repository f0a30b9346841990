package fr.sav.inventory.purchasing.forecast;

/** One part's weekly demand history as read from, or written to, a demand history file. */
record Series(String part, WeeklyDemand demand) {
}
