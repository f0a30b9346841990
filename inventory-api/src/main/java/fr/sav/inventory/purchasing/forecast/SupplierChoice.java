package fr.sav.inventory.purchasing.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offer to order from and its quantity: preferred offers first, then the lowest landed cost per needed
 * piece (price × rounded quantity / needed, so buying above the need for a minimum order or packs counts),
 * then the shorter lead time (unknown last), then the supplier code.
 */
record SupplierChoice(SupplierOffer offer, int quantity, String reason) {

    private record Candidate(SupplierOffer offer, int quantity, BigDecimal cost) {
    }

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> !c.offer().preferred())
            .thenComparing(Candidate::cost)
            .thenComparing(c -> c.offer().leadTimeDays(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.offer().supplier());

    static Optional<SupplierChoice> best(List<SupplierOffer> offers, int needed) {
        if (offers.isEmpty() || needed <= 0) {
            return Optional.empty();
        }
        Candidate best = null;
        Candidate next = null;
        for (SupplierOffer offer : offers) {
            int quantity = offer.quantityFor(needed);
            Candidate candidate = new Candidate(offer, quantity, offer.costOf(quantity));
            if (best == null || ORDER.compare(candidate, best) < 0) {
                next = best;
                best = candidate;
            } else if (next == null || ORDER.compare(candidate, next) < 0) {
                next = candidate;
            }
        }
        return Optional.of(new SupplierChoice(best.offer(), best.quantity(), reason(best, next, needed)));
    }

    private static String reason(Candidate best, Candidate next, int needed) {
        String landed = "landed " + perNeeded(best, needed) + " per needed piece";
        if (next == null) {
            return "the only offer (" + landed + ")";
        }
        String other = next.offer().supplier();
        if (best.offer().preferred() && !next.offer().preferred()) {
            String cheaper = next.cost().compareTo(best.cost()) < 0
                    ? ", although " + other + " would land at " + perNeeded(next, needed) : "";
            return "preferred supplier (" + landed + cheaper + ")";
        }
        int byCost = best.cost().compareTo(next.cost());
        if (byCost < 0) {
            return "lowest landed cost: " + perNeeded(best, needed) + " per needed piece against "
                    + perNeeded(next, needed) + " at " + other;
        }
        if (!Objects.equals(best.offer().leadTimeDays(), next.offer().leadTimeDays())) {
            return "same landed cost as " + other + " (" + perNeeded(best, needed) + " per needed piece), shorter lead time: "
                    + days(best) + " against " + days(next);
        }
        return "same landed cost and lead time as " + other + "; first by supplier code";
    }

    private static String perNeeded(Candidate candidate, int needed) {
        return candidate.cost().divide(BigDecimal.valueOf(needed), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String days(Candidate candidate) {
        Integer days = candidate.offer().leadTimeDays();
        return days == null ? "unknown" : days + " days";
    }
}
