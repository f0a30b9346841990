package fr.sav.inventory.stock;

import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a stock valuation is broken down. */
public enum ValuationBy {
    /** One row per condition (NEW, REPAIRED...). */
    CONDITION,
    /** One row per location code: its pieces at their part and condition's average. */
    LOCATION,
    /** One row per part family; parts without a family under an empty key. */
    FAMILY;

    /** The breakdown a query names, {@code condition} when none; anything else is a 400. */
    public static ValuationBy parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return CONDITION;
        }
        return Arrays.stream(values()).filter(by -> by.name().equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> new InvalidRequest("by", FieldRule.ONE_OF,
                        "must be one of " + String.join(", ", names()) + ", not " + text, "allowed", names(), "value", text));
    }

    private static List<String> names() {
        return Arrays.stream(values()).map(by -> by.name().toLowerCase(Locale.ROOT)).toList();
    }
}
