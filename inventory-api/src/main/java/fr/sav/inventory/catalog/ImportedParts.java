package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Our parts as imports find them, by sku or by manufacturer reference, and as price lists create them. */
@Singleton
class ImportedParts {

    private static final int CREATE_ATTEMPTS = 3;

    private final Sql sql;
    private final Clock clock;

    ImportedParts(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Our parts by sku, among those given. */
    public Map<String, Long> partIdsBySku(Collection<String> skus) {
        return ids("SELECT sku, id FROM part WHERE sku IN %s", skus);
    }

    /** A finder of parts by sku for one price list, read chunk after chunk (see {@link PartsBySku}). */
    public PartsBySku partsBySku() {
        long catalogSize = sql.count("SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'part'");
        return new PartsBySku(this::partIdsBySku, () -> skuIndex(Runtime.getRuntime().maxMemory() / 5), catalogSize);
    }

    /**
     * Every sku of the catalog in an index, read in one pass; null when the index would take more memory than it may (a
     * fifth of the heap the service may use).
     */
    SkuIndex skuIndex(long maxBytes) {
        SkuIndex index = new SkuIndex(maxBytes);
        try {
            sql.each("SELECT sku, id FROM part", row -> {
                if (!index.add(row.getString(1), row.getLong(2))) {
                    throw new IndexFull();
                }
            });
            return index;
        } catch (IndexFull full) {
            return null;
        }
    }

    /** Stops reading skus into an index that has taken all the memory it may. */
    private static final class IndexFull extends RuntimeException {
        IndexFull() {
            super(null, null, false, false);
        }
    }

    /** Manufacturer references that name exactly one of our parts. */
    public Map<String, Long> partIdsByUniqueManufacturerRef(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return ids("SELECT manufacturer_ref, MIN(id) FROM part WHERE manufacturer_ref IN %s GROUP BY manufacturer_ref "
                + "HAVING COUNT(*) = 1", references);
    }

    /**
     * Creates parts met for the first time in a price list, but for those another import created meanwhile: a sku
     * that another import had not committed yet when the catalog was read is a duplicate key once it has, and the
     * parts are then looked for again, a few times at most.
     */
    public NewParts createParts(Map<String, String> namesBySku, @Nullable String manufacturer) {
        return sql.againOnDuplicate(CREATE_ATTEMPTS, () -> {
            Map<String, Long> ids = partIdsBySku(namesBySku.keySet());
            Instant now = clock.instant();
            List<Object[]> rows = new ArrayList<>();
            namesBySku.forEach((sku, name) -> {
                if (!ids.containsKey(sku.toUpperCase(Locale.ROOT))) {
                    rows.add(new Object[]{sku, name, manufacturer, now, now});
                }
            });
            sql.batch("INSERT INTO part (sku, name, manufacturer, unit, serialized, repairable, created_at, updated_at) "
                    + "VALUES (?, ?, ?, 'PIECE', FALSE, FALSE, ?, ?)", rows);
            ids.putAll(partIdsBySku(rows.stream().map(row -> (String) row[0]).toList()));
            return new NewParts(ids, rows.size());
        });
    }

    /** Ids by key, keys in upper case: the database compares them without case, so must the caller's lookups. */
    private Map<String, Long> ids(String template, Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            sql.each(template.formatted(Sql.placeholders(keys.size())),
                    row -> ids.put(row.getString(1).toUpperCase(Locale.ROOT), row.getLong(2)), keys.toArray());
        }
        return ids;
    }
}
