package fr.sav.inventory.imports;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanesTest {

    @Test
    void everyRowIsAppliedOnceAndRowsOfOneKeyStayInOneLaneInOrder() {
        Map<String, List<Integer>> seenByKey = new ConcurrentHashMap<>();
        Map<String, String> threadByKey = new ConcurrentHashMap<>();
        List<Integer> all = Collections.synchronizedList(new ArrayList<>());
        try (Lanes<int[]> lanes = new Lanes<>(3, 7, "test", chunk -> chunk.forEach(row -> {
            String key = "K" + row[0];
            seenByKey.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(row[1]);
            String previous = threadByKey.putIfAbsent(key, Thread.currentThread().getName());
            assertTrue(previous == null || previous.equals(Thread.currentThread().getName()), key + " changed lane");
            all.add(row[1]);
        }))) {
            for (int i = 0; i < 1_000; i++) {
                lanes.add("K" + i % 13, new int[]{i % 13, i});
            }
            lanes.finish();
        }
        assertEquals(1_000, all.size());
        assertEquals(1_000, all.stream().distinct().count());
        seenByKey.values().forEach(seen -> assertEquals(seen.stream().sorted().toList(), seen, "file order kept per key"));
        assertTrue(threadByKey.values().stream().distinct().count() > 1, "more than one lane did work");
    }

    @Test
    void aLaneThatFailsStopsTheReaderWithItsFailureAndNothingWaitsForever() {
        AtomicInteger applied = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
                    try (Lanes<Integer> lanes = new Lanes<>(2, 5, "test", chunk -> {
                        if (chunk.contains(42)) {
                            throw new IllegalStateException("row 42 refused");
                        }
                        applied.addAndGet(chunk.size());
                    })) {
                        for (int i = 0; i < 100_000; i++) {
                            lanes.add(i, i);
                        }
                        lanes.finish();
                    }
                }));
        assertEquals("row 42 refused", thrown.getMessage());
        assertTrue(applied.get() < 100_000, "reading stopped soon after the failure");
    }
}
