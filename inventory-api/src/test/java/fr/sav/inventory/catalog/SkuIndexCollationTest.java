package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The sku index read from the catalog answers only what the database would answer the same way under the column's
 * collation, and answers every sku of printable ASCII.
 */
class SkuIndexCollationTest extends ApiTest {

    private static final String ACCENTED = "ÉÈÀÇÜßéèàçüø";

    @Inject
    Transactions transactions;

    @Inject
    Sql sql;

    @Inject
    ImportedParts parts;

    @Test
    void whereTheIndexAnswersTheDatabaseAnswersTheSame() {
        Random random = new Random(7);
        String prefix = Fixtures.key("IX");
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            skus.add(prefix + randomText(random, i % 4 == 0));
        }
        List<String> probes = new ArrayList<>();
        for (String sku : skus) {
            probes.addAll(List.of(sku, sku.toLowerCase(Locale.ROOT), sku.toUpperCase(Locale.ROOT), sku + "  ", " " + sku,
                    sku.replaceAll("[^ -~]", "E"), prefix + randomText(random, false)));
        }

        assertThrows(Rollback.class, () -> transactions.write(() -> {
            skus.forEach(sku -> sql.update("INSERT IGNORE INTO part (sku, name, unit, created_at, updated_at) "
                    + "VALUES (?, 'Pièce', 'PIECE', NOW(), NOW())", sku));
            SkuIndex index = parts.skuIndex(Long.MAX_VALUE);

            int answered = 0;
            for (String probe : probes) {
                Optional<Part> inDatabase = sql.one("SELECT id, sku FROM part WHERE sku = ?",
                        row -> new Part(row.getLong(1), row.getString(2)), probe);
                long found = index.find(probe);
                if (found != SkuIndex.UNKNOWN) {
                    answered++;
                    assertEquals(inDatabase.map(Part::id).orElse(null), found, "'" + probe + "'");
                } else if (inDatabase.isPresent() && printableAscii(probe) && printableAscii(inDatabase.get().sku())) {
                    assertNotEquals(SkuIndex.UNKNOWN, found, "'" + probe + "' is '" + inDatabase.get().sku() + "'");
                }
            }
            assertNotEquals(0, answered);
            throw new Rollback();
        }));
    }

    @Test
    void aCatalogTooLargeForTheMemoryTheIndexMayTakeGivesNoIndex() {
        given.part();

        SkuIndex index = transactions.read(() -> parts.skuIndex(64 * 1024));

        assertNull(index, "the database is asked instead");
    }

    private record Part(long id, String sku) {
    }

    private static String randomText(Random random, boolean accented) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(16);
        for (int i = 0; i < length; i++) {
            text.append(accented && random.nextInt(3) == 0 ? ACCENTED.charAt(random.nextInt(ACCENTED.length()))
                    : (char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }

    private static boolean printableAscii(String text) {
        return text.chars().allMatch(c -> c >= ' ' && c <= '~');
    }

    /** Leaves the catalog as it was. */
    private static final class Rollback extends RuntimeException {
    }
}
