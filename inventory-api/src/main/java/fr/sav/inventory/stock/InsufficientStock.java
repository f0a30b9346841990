package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Refused: the movement would make on-hand or available stock negative. Carries the part, where and in which
 * condition it was wanted, how many and how many were available (the problem's facts, and its accessors).
 */
public final class InsufficientStock extends Conflict {

    /** The condition said of a refusal that any usable condition would have served. */
    public static final String USABLE = "usable";

    private final String sku;
    private final String location;
    private final @Nullable String condition;
    private final int requested;
    private final int available;

    /**
     * {@code condition}: a {@link Condition}'s name, {@link #USABLE}, or null when none was said; {@code location}: a
     * location's code, or what was searched (the exchange pool).
     */
    public InsufficientStock(String sku, String location, @Nullable String condition, int requested, int available) {
        this(requested + " × " + sku + (condition == null ? "" : " " + condition) + " wanted at " + location + "; "
                + available + " available", facts(sku, location, condition, requested, available), sku, location,
                condition, requested, available);
    }

    /** Too little of the part in that place and condition. */
    public InsufficientStock(String sku, Place place, int requested, int available) {
        this(sku, place.location().code(), place.condition().name(), requested, available);
    }

    private InsufficientStock(String detail, Map<String, Object> facts, String sku, String location,
                              @Nullable String condition, int requested, int available) {
        super("insufficient-stock", "Not enough stock", detail, facts);
        this.sku = sku;
        this.location = location;
        this.condition = condition;
        this.requested = requested;
        this.available = available;
    }

    /**
     * The same refusal, saying which other locations and conditions hold available stock of the part
     * ({@code elsewhere}), so that the storekeeper sees what would work instead of a retry that fails again.
     */
    InsufficientStock elsewhere(List<Elsewhere> anywhere) {
        Map<String, Object> refused = getParameters();
        List<Elsewhere> elsewhere = anywhere.stream().filter(a -> !(a.location().equals(refused.get("location"))
                && a.condition().name().equals(refused.get("condition")))).toList();
        if (elsewhere.isEmpty()) {
            return this;
        }
        Map<String, Object> facts = new LinkedHashMap<>(refused);
        facts.put("elsewhere", elsewhere);
        String where = elsewhere.stream().map(a -> a.available() + " " + a.condition() + " at " + a.location())
                .collect(Collectors.joining(", "));
        return new InsufficientStock(getDetail() + "; elsewhere: " + where, facts, sku, location, condition, requested,
                available);
    }

    public String sku() {
        return sku;
    }

    public String location() {
        return location;
    }

    /** The condition wanted: a {@link Condition}'s name, {@link #USABLE}, or null when none was said. */
    public @Nullable String condition() {
        return condition;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }

    /** How many pieces stock could not serve. */
    public int shortfall() {
        return Math.max(0, requested - available);
    }

    private static Map<String, Object> facts(String sku, String location, String condition, int requested, int available) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sku", sku);
        facts.put("location", location);
        if (condition != null) {
            facts.put("condition", condition);
        }
        facts.put("requested", requested);
        facts.put("available", available);
        return facts;
    }

    /** Available stock of the refused part somewhere else, or in another condition. */
    @Serdeable
    public record Elsewhere(String location, Condition condition, int available) {
    }
}
