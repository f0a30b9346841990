package fr.sav.csvimport;

/** How many of a part were consumed over a day, a week or a month. */
public record ConsumptionRow(String sku, UsagePeriod period, int quantity) {
}
