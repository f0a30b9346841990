package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Refused: the movement would make on-hand or available stock negative. Says how much was available. */
public final class InsufficientStock extends Conflict {

    private final String sku;
    private final int shortfall;

    public InsufficientStock(String sku, String location, String condition, int requested, int available) {
        this(requested + " × " + sku + (condition == null ? "" : " " + condition) + " wanted at " + location + "; "
                + available + " available", facts(sku, location, condition, requested, available), sku,
                Math.max(0, requested - available));
    }

    private InsufficientStock(String detail, Map<String, Object> facts, String sku, int shortfall) {
        super("insufficient-stock", "Not enough stock", detail, facts);
        this.sku = sku;
        this.shortfall = shortfall;
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
        return new InsufficientStock(getDetail() + "; elsewhere: " + where, facts, sku, shortfall);
    }

    public String sku() {
        return sku;
    }

    /** How many pieces stock could not serve. */
    public int shortfall() {
        return shortfall;
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
