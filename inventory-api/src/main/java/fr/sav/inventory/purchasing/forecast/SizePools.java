package fr.sav.inventory.purchasing.forecast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's pools of sizes: one per family (the part id up to its first '-', "LMP" for LMP-0001) or one for
 * every part, from the buckets of the file's warm-up only (what was known when the replay starts: no look-ahead).
 */
record SizePools(Map<String, PooledSizes> byFamily, boolean oneForAll) {

    static final SizePools NONE = new SizePools(Map.of(), false);

    /** The pools of a data set's warm-up: by family, or one for all parts. */
    static SizePools of(List<Series> series, int warmUp, boolean oneForAll) {
        Map<String, PooledSizes> pools = new HashMap<>();
        for (Series one : series) {
            int known = Math.max(0, Math.min(one.demand().weeks(), warmUp - one.start()));
            pools.computeIfAbsent(key(one.part(), oneForAll), family -> new PooledSizes()).add(one.demand().first(known));
        }
        return new SizePools(pools, oneForAll);
    }

    /** The pool of a part's family; null without one. */
    PooledSizes of(String part) {
        return byFamily.get(key(part, oneForAll));
    }

    static String family(String part) {
        int dash = part.indexOf('-');
        return dash < 0 ? part : part.substring(0, dash);
    }

    private static String key(String part, boolean oneForAll) {
        return oneForAll ? "" : family(part);
    }
}
