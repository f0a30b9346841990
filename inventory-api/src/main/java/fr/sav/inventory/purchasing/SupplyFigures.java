package fr.sav.inventory.purchasing;

import fr.sav.inventory.exchange.ExchangeStatus;
import fr.sav.inventory.repair.RepairStatus;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Owner;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every part's supply in a few grouped queries (so 50,000 parts cost a handful of round trips): usable on
 * hand and reserved, open purchase lines, open repairs with their expected dates, cores owed with their due
 * dates, and supplier offers.
 */
@Singleton
class SupplyFigures {

    /** One part's figures. */
    static final class Figures {
        long onHandUsable;
        long reserved;
        long onOrder;
        final List<LocalDate> repairsExpected = new ArrayList<>();
        final List<LocalDate> coresDue = new ArrayList<>();
        final List<Offer> offers = new ArrayList<>();
    }

    /** A supplier's offer for the part, in its currency, its lead time falling back to the supplier's. */
    record Offer(String supplier, BigDecimal price, String currency, int minOrderQty, int packSize, Integer leadTimeDays,
                 boolean preferred) {
    }

    /** Repair orders out of the workshop's pipeline: what they repaired is no longer expected. */
    private static final List<RepairStatus> ENDED = Arrays.stream(RepairStatus.values()).filter(s -> !s.open()).toList();

    private final Sql sql;

    SupplyFigures(Sql sql) {
        this.sql = sql;
    }

    Map<Long, Figures> load() {
        Map<Long, Figures> figures = new HashMap<>();
        sql.each("SELECT part_id, SUM(on_hand), SUM(reserved) FROM stock_level WHERE item_condition <> ? GROUP BY part_id",
                row -> {
                    Figures part = of(figures, row.getLong(1));
                    part.onHandUsable = row.getLong(2);
                    part.reserved = row.getLong(3);
                }, Condition.DEFECTIVE);
        sql.each("SELECT l.part_id, SUM(l.quantity - l.received_quantity) FROM purchase_request_line l "
                        + "JOIN purchase_request r ON r.id = l.request_id WHERE r.status IN "
                        + Sql.placeholders(PurchaseStatus.OPEN.size()) + " GROUP BY l.part_id",
                row -> of(figures, row.getLong(1)).onOrder = row.getLong(2), PurchaseStatus.OPEN.toArray());
        sql.each("SELECT part_id, expected_date FROM repair_order WHERE owner = ? AND part_id IS NOT NULL "
                        + "AND status NOT IN " + Sql.placeholders(ENDED.size()),
                row -> of(figures, row.getLong(1)).repairsExpected.add(date(row.getDate(2))),
                Stream.concat(Stream.of(Owner.COMPANY), ENDED.stream()).toArray());
        sql.each("SELECT part_id, core_due_date FROM standard_exchange WHERE status = ?",
                row -> of(figures, row.getLong(1)).coresDue.add(date(row.getDate(2))), ExchangeStatus.CORE_OWED);
        sql.each("SELECT o.part_id, s.code, o.price, o.currency, o.min_order_qty, o.pack_size, "
                        + "COALESCE(o.lead_time_days, s.lead_time_days), o.preferred FROM supplier_offer o "
                        + "JOIN supplier s ON s.id = o.supplier_id",
                row -> of(figures, row.getLong(1)).offers.add(new Offer(row.getString(2), row.getBigDecimal(3),
                        row.getString(4), row.getInt(5), row.getInt(6),
                        Sql.integer(row, "COALESCE(o.lead_time_days, s.lead_time_days)"), row.getBoolean(8))));
        return figures;
    }

    private static Figures of(Map<Long, Figures> figures, long partId) {
        return figures.computeIfAbsent(partId, id -> new Figures());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
