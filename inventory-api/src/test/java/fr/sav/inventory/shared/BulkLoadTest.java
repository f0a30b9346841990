package fr.sav.inventory.shared;

import fr.sav.inventory.support.ApiTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link BulkLoad#append}: rows loaded in bulk come back exactly as given, and a row that cannot go in writes nothing. */
class BulkLoadTest extends ApiTest {

    private static final List<String> COLUMNS = List.of("code", "label", "amount", "flag", "at", "missing");

    @Inject
    Transactions transactions;

    @Inject
    Sql sql;

    @Inject
    BulkLoad bulk;

    @Test
    void everyValueComesBackAsItWasGiven() {
        Instant at = Instant.parse("2026-03-29T01:30:00.123Z");
        List<Object[]> rows = List.of(
                new Object[]{"TAB", "a\tb", new BigDecimal("1234.5000"), true, at, null},
                new Object[]{"LINES", "first\nsecond\r\nthird", new BigDecimal("0.0001"), false, at, null},
                new Object[]{"ESCAPES", "back\\slash \\N \\t nul\0end", new BigDecimal("-7"), true, at, 3},
                new Object[]{"TEXT", "Pièce détachée ç à 漢字 😀 ^FD~", BigDecimal.ZERO, false, at.plusSeconds(1), 0},
                new Object[]{"EMPTY", "", new BigDecimal("99999999.9999"), false, at, null});

        List<Object[]> read = inScratchTable(() -> {
            assertTrue(bulk.append("bulk_scratch", COLUMNS, rows));
            return sql.list("SELECT code, label, amount, flag, at, missing FROM bulk_scratch ORDER BY id",
                    row -> new Object[]{row.getString(1), row.getString(2), row.getBigDecimal(3), row.getBoolean(4),
                            Sql.instant(row, "at"), Sql.integer(row, "missing")});
        });

        assertEquals(rows.size(), read.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] expected = rows.get(i).clone();
            expected[2] = ((BigDecimal) expected[2]).setScale(4);
            assertEquals(Arrays.asList(expected), Arrays.asList(read.get(i)), "row " + rows.get(i)[0]);
        }
    }

    @Test
    void aDuplicateKeyOrAValueTheColumnRefusesWritesNoneOfTheRowsAndTheTransactionGoesOn() {
        List<Long> counts = inScratchTable(() -> {
            List<Long> seen = new ArrayList<>();
            assertTrue(bulk.append("bulk_scratch", COLUMNS, List.<Object[]>of(row("KEPT", "x", BigDecimal.ONE))));
            assertFalse(bulk.append("bulk_scratch", COLUMNS, List.of(row("NEW", "x", BigDecimal.ONE),
                    row("KEPT", "again", BigDecimal.ONE))), "a duplicate code");
            seen.add(sql.count("SELECT COUNT(*) FROM bulk_scratch"));
            assertFalse(bulk.append("bulk_scratch", COLUMNS, List.<Object[]>of(row("LONG", "x".repeat(41), BigDecimal.ONE))),
                    "a label longer than its column");
            assertFalse(bulk.append("bulk_scratch", COLUMNS, List.<Object[]>of(row("HUGE", "x", new BigDecimal("123456789012")))),
                    "an amount out of range");
            seen.add(sql.count("SELECT COUNT(*) FROM bulk_scratch"));
            assertTrue(bulk.append("bulk_scratch", COLUMNS, List.<Object[]>of(row("LATER", "x", BigDecimal.ONE))));
            seen.add(sql.count("SELECT COUNT(*) FROM bulk_scratch"));
            return seen;
        });

        assertEquals(List.of(1L, 1L, 2L), counts, "only the rows of the loads that went in whole are there");
    }

    private static Object[] row(String code, String label, BigDecimal amount) {
        return new Object[]{code, label, amount, true, Instant.now(), null};
    }

    private <T> T inScratchTable(java.util.function.Supplier<T> work) {
        return transactions.write(() -> {
            sql.update("CREATE TEMPORARY TABLE bulk_scratch (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "code VARCHAR(20) NOT NULL UNIQUE, label VARCHAR(40) NOT NULL, amount DECIMAL(12,4) NOT NULL, "
                    + "flag BOOLEAN NOT NULL, "
                    + "at DATETIME(3) NOT NULL, missing INT NULL) CHARACTER SET utf8mb4");
            try {
                return work.get();
            } finally {
                sql.update("DROP TEMPORARY TABLE bulk_scratch");
            }
        });
    }
}
