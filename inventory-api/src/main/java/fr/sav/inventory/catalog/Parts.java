package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Parts extends CrudRepository<Part, Long> {

    Optional<Part> findBySku(String sku);

    /** The part, its row locked until the transaction ends: a change checks and writes the version it read. */
    @Query("SELECT * FROM part WHERE sku = :sku FOR UPDATE")
    Optional<Part> lockBySku(String sku);

    Optional<Part> findByGtin(String gtin);

    List<Part> findByManufacturerRef(String manufacturerRef);

    List<Part> findBySkuInList(List<String> skus);

    @Query(value = """
            SELECT * FROM part
            WHERE (:w1 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w1)
              AND (:w2 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w2)
              AND (:w3 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w3)
              AND (:w4 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w4)
              AND (:family IS NULL OR family = :family)
            ORDER BY sku LIMIT :limit OFFSET :offset""")
    List<Part> search(@Nullable String w1, @Nullable String w2, @Nullable String w3, @Nullable String w4,
                      @Nullable String family, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM part
            WHERE (:w1 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w1)
              AND (:w2 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w2)
              AND (:w3 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w3)
              AND (:w4 IS NULL OR CONCAT_WS(' ', sku, name, manufacturer, manufacturer_ref, gtin) LIKE :w4)
              AND (:family IS NULL OR family = :family)""")
    long countSearch(@Nullable String w1, @Nullable String w2, @Nullable String w3, @Nullable String w4,
                     @Nullable String family);
}
