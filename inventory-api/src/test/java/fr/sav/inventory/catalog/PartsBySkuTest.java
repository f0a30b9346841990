package fr.sav.inventory.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PartsBySkuTest {

    /** The database's side: what it was asked, and every sku of a 8,000-part catalog. */
    private final List<Collection<String>> asked = new ArrayList<>();
    private final AtomicInteger indexReads = new AtomicInteger();

    private Map<String, Long> lookup(Collection<String> skus) {
        asked.add(List.copyOf(skus));
        Map<String, Long> found = new HashMap<>();
        skus.stream().filter(sku -> sku.startsWith("P-") || sku.startsWith("NEW-"))
                .forEach(sku -> found.put(sku.toUpperCase(), (long) sku.hashCode()));
        return found;
    }

    private SkuIndex index() {
        indexReads.incrementAndGet();
        SkuIndex index = new SkuIndex(Long.MAX_VALUE);
        for (int i = 0; i < 8_000; i++) {
            index.add("P-" + i, ("P-" + i).hashCode());
        }
        return index;
    }

    @Test
    void theDatabaseFindsTheFirstChunksAndTheIndexTheRestOnceAnEighthOfTheCatalogWasAskedFor() {
        PartsBySku parts = new PartsBySku(this::lookup, this::index, 8_000);

        for (int chunk = 0; chunk < 4; chunk++) {
            assertEquals(250, parts.find(skus(chunk * 250, 250)).size());
        }
        assertEquals(0, indexReads.get(), "1,000 skus asked for: not yet");
        assertEquals(4, asked.size());

        Map<String, Long> found = parts.find(List.of("p-1000", "P-1001", "NEW-1", "NONE-1"));

        assertEquals(Map.of("P-1000", (long) "P-1000".hashCode(), "P-1001", (long) "P-1001".hashCode(),
                "NEW-1", (long) "NEW-1".hashCode()), found);
        assertEquals(1, indexReads.get());
        assertEquals(List.of("NEW-1", "NONE-1"), asked.get(4), "only what the index does not hold goes to the database");
        parts.find(skus(2_000, 500));
        assertEquals(1, indexReads.get(), "read once");
        assertEquals(5, asked.size(), "the index knew them all");
    }

    @Test
    void aCatalogTooLargeForTheIndexStaysWithTheDatabase() {
        PartsBySku parts = new PartsBySku(this::lookup, () -> {
            indexReads.incrementAndGet();
            return null;
        }, 800);

        for (int chunk = 0; chunk < 5; chunk++) {
            assertEquals(250, parts.find(skus(chunk * 250, 250)).size());
        }

        assertEquals(1, indexReads.get(), "tried once");
        assertEquals(5, asked.size());
    }

    private static List<String> skus(int from, int count) {
        List<String> skus = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            skus.add("P-" + i);
        }
        return skus;
    }
}
