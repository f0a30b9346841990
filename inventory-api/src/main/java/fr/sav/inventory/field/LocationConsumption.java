package fr.sav.inventory.field;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * What a location consumed: the pieces issued from it per week over the last full weeks, oldest first (the
 * current, unfinished week left out), per part. Transfers out of it are not consumption.
 */
@Singleton
class LocationConsumption {

    /** A part's weekly issues from the location. */
    record Weekly(long partId, String sku, String name, int[] weeks) {
    }

    private final Sql sql;

    LocationConsumption(Sql sql) {
        this.sql = sql;
    }

    Map<Long, Weekly> weekly(long locationId, LocalDate today, int weeks) {
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks);
        Map<Long, Weekly> byPart = new HashMap<>();
        sql.each("SELECT m.part_id, p.sku, p.name, FLOOR(DATEDIFF(m.occurred_at, ?) / 7) AS week, SUM(m.quantity) "
                        + "FROM stock_movement m JOIN part p ON p.id = m.part_id WHERE m.type = 'ISSUE' "
                        + "AND m.from_location_id = ? AND m.occurred_at >= ? AND m.occurred_at < ? "
                        + "GROUP BY m.part_id, p.sku, p.name, week",
                row -> {
                    int week = row.getInt(4);
                    if (week >= 0 && week < weeks) {
                        String sku = row.getString(2);
                        String name = row.getString(3);
                        byPart.computeIfAbsent(row.getLong(1), id -> new Weekly(id, sku, name, new int[weeks]))
                                .weeks()[week] += (int) Math.min(Integer.MAX_VALUE, row.getLong(5));
                    }
                }, start, locationId, start, start.plusWeeks(weeks));
        return byPart;
    }
}
