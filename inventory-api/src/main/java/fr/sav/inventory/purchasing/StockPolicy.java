package fr.sav.inventory.purchasing;

import fr.sav.inventory.purchasing.forecast.LevelsFrom;
import fr.sav.inventory.purchasing.forecast.SetLevels;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A hand-set stock policy (DOMAIN rule 19: initial provisioning, a supplier's recommendation) that the suggestions
 * follow instead of the forecast until its {@code until} day (included) or until the part has
 * {@value #OWN_HISTORY_WEEKS} weeks of its own history. While nothing of the part was ever received, the initial
 * quantity is its level; then min is the reorder point and max the order-up-to (the one given stands for both,
 * the initial quantity for both when neither is). Kept as the row of {@code stock_policy}, one per part.
 */
@MappedEntity("stock_policy")
record StockPolicy(@Id long partId, @Nullable @MappedProperty("min_quantity") Integer min,
                   @Nullable @MappedProperty("max_quantity") Integer max, @Nullable Integer initialQuantity,
                   @Nullable LocalDate until, String note, String setBy, Instant setAt) {

    /** Weeks of its own history after which a part's forecast replaces its hand-set policy. */
    static final int OWN_HISTORY_WEEKS = 26;

    /** Why the policy no longer applies, or empty while it does. */
    Optional<String> stoppedBecause(LocalDate today, int ownWeeks) {
        if (until != null && today.isAfter(until)) {
            return Optional.of("The hand-set policy (" + origin() + ") ended on " + until
                    + ": the forecast sets the levels.");
        }
        if (ownWeeks >= OWN_HISTORY_WEEKS) {
            return Optional.of("The hand-set policy (" + origin() + ") no longer applies: the part has " + ownWeeks
                    + " weeks of its own history (" + OWN_HISTORY_WEEKS + " needed), the forecast sets the levels.");
        }
        return Optional.empty();
    }

    /** The levels while the policy applies; {@code everReceived} false keeps the part at its initial quantity. */
    SetLevels levels(boolean everReceived, int ownWeeks) {
        String instead = ", instead of the forecast until " + (until == null ? "" : until + " or until ")
                + "the part has " + OWN_HISTORY_WEEKS + " weeks of its own history (it has " + ownWeeks + ").";
        if (!everReceived && initialQuantity != null) {
            return new SetLevels(LevelsFrom.HAND_SET, initialQuantity, initialQuantity, "Hand-set policy (" + origin()
                    + "): initial provisioning of " + initialQuantity + " while nothing of the part was ever received: "
                    + "reorder point " + initialQuantity + ", order-up-to " + initialQuantity + instead);
        }
        int orderUpTo = max != null ? max : initialQuantity != null ? initialQuantity : min;
        int reorderPoint = min != null ? min : orderUpTo;
        return new SetLevels(LevelsFrom.HAND_SET, reorderPoint, orderUpTo, "Hand-set policy (" + origin() + "): "
                + "reorder point " + reorderPoint + (min != null ? " (min)" : max != null ? " (max)" : " (initial quantity)")
                + ", order-up-to " + orderUpTo + (max != null ? " (max)" : initialQuantity != null ? " (initial quantity)"
                : " (min)") + instead);
    }

    private String origin() {
        return "\"" + note + "\", set by " + setBy + " on " + LocalDate.ofInstant(setAt, ZoneOffset.UTC)
                + (until == null ? "" : ", until " + until);
    }
}
