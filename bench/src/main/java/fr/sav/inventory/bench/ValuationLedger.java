package fr.sav.inventory.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A generated ledger: movements in time order, each valued by the service's rule, as LOAD DATA rows; and the levels and
 * running totals it leaves, as the service would hold them.
 */
final class ValuationLedger {

    /** The valuation benchmark's ledger runs two years from this instant. */
    static final Instant START = Instant.parse("2024-12-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(730);
    /** The columns of {@link #write}'s lines, for LOAD DATA. */
    static final String COLUMNS = "stock_movement (type, part_id, quantity, from_location_id, from_condition, "
            + "to_location_id, to_condition, reference, unit_cost, unit_value, value, occurred_at, recorded_at, recorded_by)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** Where a part is kept: slots 0 and 1 hold it NEW (stores), slot 2 DEFECTIVE (a workshop). */
    interface Places {
        long of(int part, int slot);
    }

    /**
     * What the ledger leaves: per part, the pieces in each slot, and the running total (pieces, cents) of each
     * condition (0 NEW, 1 DEFECTIVE).
     */
    record Totals(long[][] level, long[][] quantity, long[][] value) {
    }

    private ValuationLedger() {
    }

    /** A part's standard cost in cents, a multiple of 5 so that its DEFECTIVE share (0.2) is whole cents. */
    static long standard(int part) {
        return 500 + (part % 400) * 25L;
    }

    /** The valuation benchmark's ledger: three places shared by every part, two years from {@link #START}. */
    static Totals write(Path file, long firstPartId, int parts, int movements, long[] locations) throws Exception {
        return write(file, firstPartId, parts, movements, (part, slot) -> locations[slot], START, SPAN, "bench");
    }

    /**
     * Writes the ledger in time order, each part taking one step in turn, every value computed by the service's rule:
     * receipts at their cost (under a purchase reference shared by 50 receipts), returns at 0.2 of the standard cost,
     * issues (under a work order reference shared by two) and scraps and transfers at the average.
     */
    static Totals write(Path file, long firstPartId, int parts, long movements, Places places, Instant start,
                        Duration span, String recordedBy) throws Exception {
        SplittableRandom random = new SplittableRandom(20261205);
        long[][] level = new long[parts][3];
        long[][] quantity = new long[parts][2];
        long[][] value = new long[parts][2];
        long step = span.toMillis() / movements;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            for (long n = 0; n < movements; n++) {
                int part = (int) (n % parts);
                String at = TIME.format(LocalDateTime.ofInstant(start.plusMillis(step * n), ZoneOffset.UTC));
                double r = random.nextDouble();
                int store = random.nextInt(2);
                long[] lv = level[part];
                String line;
                long id = firstPartId + part;
                if (quantity[part][0] == 0 || r < 0.35) {
                    int q = 1 + random.nextInt(5);
                    long cost = standard(part) * (80 + random.nextInt(41)) / 100;
                    lv[store] += q;
                    line = move("RECEIPT", id, q, -1, null, places.of(part, store), "NEW", "PO-" + n / 50, cost, cost * q);
                    add(quantity[part], value[part], 0, q, cost * q);
                } else if (r < 0.75) {
                    store = lv[store] == 0 ? 1 - store : store;
                    if (r < 0.65) {
                        int q = (int) Math.min(lv[store], 1 + random.nextInt(3));
                        long taken = share(quantity[part][0], value[part][0], q);
                        lv[store] -= q;
                        line = move("ISSUE", id, q, places.of(part, store), "NEW", -1, null, "WO-" + n / 2, -1, taken);
                        add(quantity[part], value[part], 0, -q, -taken);
                    } else {
                        int q = (int) Math.min(lv[store], 1 + random.nextInt(2));
                        lv[store] -= q;
                        lv[1 - store] += q;
                        line = move("TRANSFER", id, q, places.of(part, store), "NEW", places.of(part, 1 - store), "NEW",
                                null, -1, share(quantity[part][0], value[part][0], q));
                    }
                } else if (r < 0.9 || lv[2] == 0) {
                    lv[2] += 1;
                    long cost = standard(part) / 5;
                    line = move("RETURN", id, 1, -1, null, places.of(part, 2), "DEFECTIVE", null, cost, cost);
                    add(quantity[part], value[part], 1, 1, cost);
                } else {
                    lv[2] -= 1;
                    long taken = share(quantity[part][1], value[part][1], 1);
                    line = move("SCRAP", id, 1, places.of(part, 2), "DEFECTIVE", -1, null, null, -1, taken);
                    add(quantity[part], value[part], 1, -1, -taken);
                }
                out.write(line);
                out.write('\t');
                out.write(at);
                out.write('\t');
                out.write(at);
                out.write('\t');
                out.write(recordedBy);
                out.write('\n');
            }
        }
        return new Totals(level, quantity, value);
    }

    private static void add(long[] quantity, long[] value, int condition, int pieces, long cents) {
        quantity[condition] += pieces;
        value[condition] += cents;
    }

    /** One ledger line up to its value (in cents), as LOAD DATA reads it. */
    private static String move(String type, long part, int q, long from, String fromCondition, long to,
                               String toCondition, String reference, long unitCost, long amount) {
        return String.join("\t", type, String.valueOf(part), String.valueOf(q), id(from), text(fromCondition),
                id(to), text(toCondition), text(reference), unitCost < 0 ? "\\N" : cents(unitCost),
                cents((amount * 2 + q) / (2L * q)), cents(amount));
    }

    private static long share(long quantity, long value, int pieces) {
        return pieces >= quantity ? value : (value * pieces * 2 + quantity) / (2 * quantity);
    }

    private static String id(long id) {
        return id < 0 ? "\\N" : String.valueOf(id);
    }

    private static String text(String value) {
        return value == null ? "\\N" : value;
    }

    static String cents(long cents) {
        long abs = Math.abs(cents);
        long rest = abs % 100;
        return (cents < 0 ? "-" : "") + abs / 100 + (rest < 10 ? ".0" : ".") + rest;
    }
}
