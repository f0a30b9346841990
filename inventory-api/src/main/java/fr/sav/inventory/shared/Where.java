package fr.sav.inventory.shared;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A list's optional filters as a WHERE clause: each condition applies only when its value is given, and its
 * values are bound in order ({@code new Where().and("status = ?", status).and("supplier_id = ?", id)}).
 */
public final class Where {

    private final StringBuilder clause = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> values = new ArrayList<>();

    /** Adds the condition when the value is given; its {@code ?} take the value, then {@code more}. */
    public Where and(String condition, @Nullable Object value, Object... more) {
        if (value != null) {
            clause.append(" AND ").append(condition);
            values.add(value);
            values.addAll(List.of(more));
        }
        return this;
    }

    public String clause() {
        return clause.toString();
    }

    /** The values to bind, then those of what follows the clause (a limit and offset). */
    public Object[] values(Object... after) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(List.of(after));
        return all.toArray();
    }
}
