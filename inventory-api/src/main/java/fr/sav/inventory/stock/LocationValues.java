package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stock's value per location at an instant: every level at its part and condition's average then. */
@Singleton
class LocationValues {

    private final Sql sql;

    LocationValues(Sql sql) {
        this.sql = sql;
    }

    /**
     * The base's levels and totals with what happened between it and the instant replayed or undone, then every level
     * at its average; rows in no order.
     */
    List<ValuationView.Row> at(Instant at, ValueBase base) {
        LedgerSums sums = LedgerSums.of(sql, base).move(sql, base.window(at));
        Map<Long, String> codes = new HashMap<>();
        sql.each("SELECT id, code FROM location", row -> codes.put(row.getLong(1), row.getString(2)));
        Map<String, ValueTotal> byCode = new HashMap<>();
        sums.levels.forEach((level, quantity) -> {
            if (quantity != 0) {
                byCode.merge(codes.get(level.location()), new ValueTotal(quantity, sums.atAverage(level, quantity)),
                        (a, b) -> a.plus(b.quantity(), b.value()));
            }
        });
        return byCode.entrySet().stream()
                .map(e -> new ValuationView.Row(e.getKey(), e.getValue().quantity(), e.getValue().value())).toList();
    }
}
