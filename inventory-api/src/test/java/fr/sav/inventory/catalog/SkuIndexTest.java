package fr.sav.inventory.catalog;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkuIndexTest {

    private final SkuIndex index = new SkuIndex(Long.MAX_VALUE);

    @Test
    void aSkuIsFoundWhateverItsCaseAndTrailingSpaces() {
        index.add("lv-pmp-0042", 7);
        index.add("TV PSU 12 ", 8);

        assertEquals(7, index.find("LV-PMP-0042"));
        assertEquals(7, index.find("Lv-Pmp-0042   "));
        assertEquals(8, index.find("tv psu 12"));
    }

    @Test
    void whatTheIndexDoesNotHoldIsLeftToTheDatabase() {
        index.add("TÉLÉ-001", 1);
        index.add("TAB\tSKU", 2);
        index.add("   ", 3);
        index.add("LV-PMP-0042", 4);

        assertEquals(SkuIndex.UNKNOWN, index.find("TÉLÉ-001"), "not ASCII: the collation may match it otherwise");
        assertEquals(SkuIndex.UNKNOWN, index.find("TELE-001"), "the database finds it under its accents");
        assertEquals(SkuIndex.UNKNOWN, index.find("TAB\tSKU"));
        assertEquals(SkuIndex.UNKNOWN, index.find(""));
        assertEquals(SkuIndex.UNKNOWN, index.find("LV-PMP-0043"));
        assertEquals(SkuIndex.UNKNOWN, index.find(" LV-PMP-0042"), "leading spaces count");
        assertEquals(1, index.size());
    }

    @Test
    void twoSkusTheCollationTakesForOneAreLeftToTheDatabase() {
        index.add("abc-1", 1);
        index.add("ABC-1 ", 2);

        assertEquals(SkuIndex.UNKNOWN, index.find("Abc-1"));
    }

    @Test
    void everyOneOfManySkusIsFoundAndNoOtherIs() {
        Random random = new Random(42);
        String[] skus = new String[200_000];
        for (int i = 0; i < skus.length; i++) {
            skus[i] = "P" + i + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            index.add(skus[i], 1_000_000L + i);
        }

        for (int i = 0; i < skus.length; i++) {
            assertEquals(1_000_000L + i, index.find(skus[i].toLowerCase()), skus[i]);
            assertEquals(SkuIndex.UNKNOWN, index.find(skus[i] + "X"));
        }
        assertEquals(skus.length, index.size());
    }

    @Test
    void anIndexRefusesSkusOnceItHasTakenTheMemoryItMay() {
        SkuIndex small = new SkuIndex(1 << 20);

        boolean added = true;
        int count = 0;
        while (added && count < 1_000_000) {
            added = small.add("SKU-" + count, count);
            count++;
        }

        assertFalse(added, "a million skus do not fit in a megabyte");
        assertTrue(count > 1_000, "but a thousand do: " + count);
    }
}
