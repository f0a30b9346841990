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
import java.util.Locale;
import java.util.SplittableRandom;

/** The valuation benchmark's ledger: movements in time order, each valued by the service's rule, as LOAD DATA rows. */
final class ValuationLedger {

    /** The ledger runs two years from this instant. */
    static final Instant START = Instant.parse("2024-12-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(730);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private ValuationLedger() {
    }

    /** A part's standard cost in cents, a multiple of 5 so that its DEFECTIVE share (0.2) is whole cents. */
    static long standard(int part) {
        return 500 + (part % 400) * 25L;
    }

    /**
     * Writes the ledger in time order, each part taking one step in turn, every value computed by the service's rule:
     * receipts at their cost, returns at 0.2 of the standard cost, issues, scraps and transfers at the average.
     */
    static void write(Path file, long firstPartId, int parts, int movements, long[] locations) throws Exception {
        SplittableRandom random = new SplittableRandom(20261205);
        long[][] level = new long[parts][3];
        long[][] quantity = new long[parts][2];
        long[][] value = new long[parts][2];
        long step = SPAN.toMillis() / movements;
        long firstPart = firstPartId;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < movements; n++) {
                int part = n % parts;
                String at = TIME.format(LocalDateTime.ofInstant(START.plusMillis(step * n), ZoneOffset.UTC));
                double r = random.nextDouble();
                int store = random.nextInt(2);
                long[] lv = level[part];
                String line;
                long id = firstPart + part;
                if (quantity[part][0] == 0 || r < 0.35) {
                    int q = 1 + random.nextInt(5);
                    long cost = standard(part) * (80 + random.nextInt(41)) / 100;
                    lv[store] += q;
                    line = move("RECEIPT", id, q, -1, null, locations[store], "NEW", cost, cost * q);
                    add(quantity[part], value[part], 0, q, cost * q);
                } else if (r < 0.75) {
                    store = lv[store] == 0 ? 1 - store : store;
                    if (r < 0.65) {
                        int q = (int) Math.min(lv[store], 1 + random.nextInt(3));
                        long taken = share(quantity[part][0], value[part][0], q);
                        lv[store] -= q;
                        line = move("ISSUE", id, q, locations[store], "NEW", -1, null, -1, taken);
                        add(quantity[part], value[part], 0, -q, -taken);
                    } else {
                        int q = (int) Math.min(lv[store], 1 + random.nextInt(2));
                        lv[store] -= q;
                        lv[1 - store] += q;
                        line = move("TRANSFER", id, q, locations[store], "NEW", locations[1 - store], "NEW", -1,
                                share(quantity[part][0], value[part][0], q));
                    }
                } else if (r < 0.9 || lv[2] == 0) {
                    lv[2] += 1;
                    long cost = standard(part) / 5;
                    line = move("RETURN", id, 1, -1, null, locations[2], "DEFECTIVE", cost, cost);
                    add(quantity[part], value[part], 1, 1, cost);
                } else {
                    lv[2] -= 1;
                    long taken = share(quantity[part][1], value[part][1], 1);
                    line = move("SCRAP", id, 1, locations[2], "DEFECTIVE", -1, null, -1, taken);
                    add(quantity[part], value[part], 1, -1, -taken);
                }
                out.write(line + "\t" + at + "\t" + at + "\tbench");
                out.newLine();
            }
        }
    }

    private static void add(long[] quantity, long[] value, int condition, int pieces, long cents) {
        quantity[condition] += pieces;
        value[condition] += cents;
    }

    /** One ledger line up to its value (in cents), as LOAD DATA reads it. */
    private static String move(String type, long part, int q, long from, String fromCondition, long to,
                               String toCondition, long unitCost, long amount) {
        return String.join("\t", type, String.valueOf(part), String.valueOf(q), id(from), text(fromCondition),
                id(to), text(toCondition), unitCost < 0 ? "\\N" : cents(unitCost), cents((amount * 2 + q) / (2L * q)),
                cents(amount));
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
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }
}
