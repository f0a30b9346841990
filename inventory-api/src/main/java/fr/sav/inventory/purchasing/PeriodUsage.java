package fr.sav.inventory.purchasing;

import java.time.LocalDate;

/** One period of usage of a part. */
public record PeriodUsage(long partId, LocalDate periodStart, String periodKind, int quantity) {
}
