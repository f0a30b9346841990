package fr.sav.inventory.stock;

import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order in which usable conditions serve a repair ({@code inventory.condition-preference}); by default
 * reconditioned and repaired stock first, the eco-responsible choice, then used, then new.
 */
@Singleton
class ConditionPreference {

    private final List<Condition> order;

    ConditionPreference(@Value("${inventory.condition-preference:RECONDITIONED,REPAIRED,USED,NEW}") String setting) {
        this.order = parse(setting);
    }

    static List<Condition> parse(String setting) {
        List<Condition> order = new ArrayList<>();
        for (String name : setting.split(",")) {
            Condition condition = Condition.valueOf(name.trim().toUpperCase(Locale.ROOT));
            if (!condition.usable()) {
                throw new IllegalArgumentException("inventory.condition-preference lists only usable conditions, not "
                        + condition);
            }
            if (!order.contains(condition)) {
                order.add(condition);
            }
        }
        Arrays.stream(Condition.values()).filter(Condition::usable).filter(c -> !order.contains(c)).forEach(order::add);
        return List.copyOf(order);
    }

    /** Usable conditions, most preferred first. */
    public List<Condition> usableInOrder() {
        return order;
    }

    /** Usable stock, most preferred condition first, then the fullest location, then by location code and serial. */
    public List<Available> rank(List<Available> stock) {
        return stock.stream().filter(a -> a.condition().usable())
                .sorted(Comparator.comparingInt((Available a) -> order.indexOf(a.condition()))
                        .thenComparing(Comparator.comparingInt(Available::quantity).reversed())
                        .thenComparing(a -> a.location().code())
                        .thenComparing(a -> a.serial() == null ? "" : a.serial()))
                .toList();
    }

    /** The usable conditions to consider for a request: the one asked for, or all in order of preference. */
    public List<Condition> candidates(Condition requested) {
        if (requested == null) {
            return order;
        }
        if (!requested.usable()) {
            throw new InvalidRequest("condition", FieldRule.NOT_FOR_REPAIR, requested + " stock cannot serve a repair",
                    "condition", requested.name());
        }
        return List.of(requested);
    }
}
