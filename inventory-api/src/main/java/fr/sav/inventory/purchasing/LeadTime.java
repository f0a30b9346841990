package fr.sav.inventory.purchasing;

import fr.sav.inventory.purchasing.forecast.SupplierOffer;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The lead time a suggestion plans with, where it comes from ({@code OBSERVED}, {@code OFFER} or {@code DEFAULT}),
 * and the sentence that says so: the supplier's observed median once it has delivered at least
 * {@value #OBSERVED_FROM} times in twelve months, else its offer's lead time, else the default.
 */
record LeadTime(int days, String source, String words) {

    static final int OBSERVED_FROM = 5;

    static LeadTime of(@Nullable SupplierOffer offer, Map<String, SupplierScorecard.Observed> observed, int defaultDays) {
        SupplierScorecard.Observed seen = offer == null ? null : observed.get(offer.supplier());
        if (seen != null) {
            return new LeadTime(seen.days(), "OBSERVED", "Lead time: observed lead time " + seen.days() + " days over "
                    + seen.receipts() + " receipts from " + offer.supplier() + " in the last 12 months (median "
                    + number(seen.medianDays()) + ", 90th percentile " + seen.p90Days() + " days)"
                    + (offer.leadTimeDays() == null ? "." : ", not the offer lead time of " + offer.leadTimeDays() + " days."));
        }
        if (offer != null && offer.leadTimeDays() != null) {
            return new LeadTime(offer.leadTimeDays(), "OFFER", "Lead time: offer lead time " + offer.leadTimeDays()
                    + " days from " + offer.supplier() + " (fewer than " + OBSERVED_FROM
                    + " receipts in the last 12 months to observe one).");
        }
        return new LeadTime(defaultDays, "DEFAULT", "Lead time: no offer gives one, the default " + defaultDays
                + " days (inventory.purchasing.default-lead-time-days).");
    }

    /** A median as the explanation writes it: 12, or 12.5. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
