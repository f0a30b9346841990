package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The buyer's figures per supplier over the last twelve months, from the ledger and the purchase requests: a
 * receipt is a purchase request's delivery on one day (RECEIPT movements under its number); its lead time runs
 * from the day the request was ordered (else approved, else created) to that day, and it is on time when it
 * came by the order day plus the longest lead time the request's offers promised.
 */
@Singleton
class SupplierScorecard {

    private static final String RECEIPTS = """
            SELECT s.code, r.id, m.occurred_at, m.quantity,
                   COALESCE((SELECT MIN(e.occurred_at) FROM purchase_request_event e WHERE e.request_id = r.id
                                    AND e.to_status = 'ORDERED'),
                            (SELECT MIN(e.occurred_at) FROM purchase_request_event e WHERE e.request_id = r.id
                                    AND e.to_status = 'APPROVED'), r.created_at) AS ordered_at,
                   (SELECT MAX(COALESCE(o.lead_time_days, s.lead_time_days)) FROM purchase_request_line l
                           LEFT JOIN supplier_offer o ON o.part_id = l.part_id AND o.supplier_id = r.supplier_id
                           WHERE l.request_id = r.id) AS promised_days
            FROM purchase_request r JOIN supplier s ON s.id = r.supplier_id
            JOIN stock_movement m ON m.reference = r.number AND m.type = 'RECEIPT'
            WHERE m.occurred_at >= ? AND (? IS NULL OR s.id = ?)""";

    private static final String RETURNS = """
            SELECT s.code, COUNT(DISTINCT v.id), COALESCE(SUM(l.quantity), 0),
                   COALESCE(SUM(CASE WHEN v.reason = 'QC_FAILED' THEN l.quantity ELSE 0 END), 0),
                   (SELECT COALESCE(SUM(c.credit_amount), 0) FROM supplier_return c WHERE c.supplier_id = s.id
                           AND c.created_at >= ?)
            FROM supplier_return v JOIN supplier s ON s.id = v.supplier_id JOIN supplier_return_line l ON l.return_id = v.id
            WHERE v.created_at >= ? AND (? IS NULL OR s.id = ?) GROUP BY s.id, s.code""";

    /** A supplier's lead time observed over its receipts. */
    record Observed(int receipts, double medianDays, int p90Days) {

        /** The median in whole days, rounded up: what a reorder point plans with. */
        int days() {
            return (int) Math.ceil(medianDays);
        }
    }

    private record Receipt(long request, LocalDate on) {
    }

    private static final class Tally {
        final Map<Receipt, long[]> receipts = new HashMap<>();
        final Map<Receipt, Integer> leadDays = new HashMap<>();
        final Map<Receipt, Boolean> onTime = new HashMap<>();
        int vendorReturns;
        long vendorReturnPieces;
        long qualityRejects;
        BigDecimal credit = BigDecimal.ZERO;

        List<Integer> sortedLeadDays() {
            return leadDays.values().stream().sorted().toList();
        }
    }

    private final Catalog catalog;
    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;

    SupplierScorecard(Catalog catalog, Sql sql, Transactions transactions, Clock clock) {
        this.catalog = catalog;
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every supplier with receipts or returns in the last twelve months, or only the one named, by code. */
    List<SupplierFiguresView> figures(@Nullable String supplier) {
        SupplierInfo only = supplier == null || supplier.isBlank() ? null : catalog.supplier(supplier);
        LocalDate since = since();
        return transactions.read(() -> {
            Map<String, Tally> tallies = tally(since, only == null ? null : only.id());
            if (only != null) {
                tallies.putIfAbsent(only.code(), new Tally());
            }
            List<SupplierFiguresView> rows = new ArrayList<>();
            tallies.forEach((code, tally) -> rows.add(view(catalog.supplier(code), since, tally)));
            return rows;
        });
    }

    /** The observed lead time of each supplier with at least {@code minimum} receipts in the last twelve months. */
    Map<String, Observed> observedLeadTimes(int minimum) {
        Map<String, Observed> observed = new HashMap<>();
        tally(since(), null).forEach((code, tally) -> {
            List<Integer> days = tally.sortedLeadDays();
            if (days.size() >= minimum) {
                observed.put(code, new Observed(days.size(), median(days), percentile90(days)));
            }
        });
        return observed;
    }

    private LocalDate since() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(12);
    }

    private Map<String, Tally> tally(LocalDate since, @Nullable Long supplierId) {
        Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Tally> tallies = new TreeMap<>();
        sql.each(RECEIPTS, row -> {
            Tally tally = tallies.computeIfAbsent(row.getString(1), code -> new Tally());
            LocalDate on = day(Sql.instant(row, "occurred_at"));
            Receipt receipt = new Receipt(row.getLong(2), on);
            tally.receipts.computeIfAbsent(receipt, r -> new long[1])[0] += row.getInt(4);
            LocalDate ordered = day(Sql.instant(row, "ordered_at"));
            tally.leadDays.put(receipt, (int) Math.max(0, ChronoUnit.DAYS.between(ordered, on)));
            Integer promised = Sql.integer(row, "promised_days");
            if (promised != null) {
                tally.onTime.put(receipt, !on.isAfter(ordered.plusDays(promised)));
            }
        }, from, supplierId, supplierId);
        sql.each(RETURNS, row -> {
            Tally tally = tallies.computeIfAbsent(row.getString(1), code -> new Tally());
            tally.vendorReturns = row.getInt(2);
            tally.vendorReturnPieces = row.getLong(3);
            tally.qualityRejects = row.getLong(4);
            tally.credit = row.getBigDecimal(5);
        }, from, from, supplierId, supplierId);
        return tallies;
    }

    private static SupplierFiguresView view(SupplierInfo supplier, LocalDate since, Tally tally) {
        List<Integer> days = tally.sortedLeadDays();
        int promised = tally.onTime.size();
        int onTime = (int) tally.onTime.values().stream().filter(Boolean::booleanValue).count();
        return new SupplierFiguresView(supplier.code(), supplier.name(), since, days.size(),
                tally.receipts.values().stream().mapToLong(p -> p[0]).sum(),
                days.isEmpty() ? null : median(days), days.isEmpty() ? null : percentile90(days), promised, onTime,
                promised == 0 ? null : Math.round(10_000.0 * onTime / promised) / 10_000.0,
                tally.qualityRejects, tally.vendorReturns, tally.vendorReturnPieces, tally.credit, supplier.currency());
    }

    /** The middle value of the sorted days, or the mean of the two middle ones. */
    static double median(List<Integer> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The 90th percentile by nearest rank: the ⌈0.9 n⌉-th smallest value. */
    static int percentile90(List<Integer> sorted) {
        return sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
