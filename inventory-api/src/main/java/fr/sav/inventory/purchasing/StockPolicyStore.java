package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hand-set stock policies, one per part, in the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StockPolicyStore extends GenericRepository<StockPolicy, Long> {

    /** Sets the part's policy in place of the one it had, in one statement: two managers at once never collide. */
    @Query("INSERT INTO stock_policy (part_id, min_quantity, max_quantity, initial_quantity, until, note, set_by, set_at) "
            + "VALUES (:partId, :min, :max, :initialQuantity, :until, :note, :setBy, :setAt) ON DUPLICATE KEY UPDATE "
            + "min_quantity = VALUES(min_quantity), max_quantity = VALUES(max_quantity), "
            + "initial_quantity = VALUES(initial_quantity), until = VALUES(until), note = VALUES(note), "
            + "set_by = VALUES(set_by), set_at = VALUES(set_at)")
    void set(long partId, @Nullable Integer min, @Nullable Integer max, @Nullable Integer initialQuantity,
             @Nullable LocalDate until, String note, String setBy, Instant setAt);

    default void save(StockPolicy policy) {
        set(policy.partId(), policy.min(), policy.max(), policy.initialQuantity(), policy.until(), policy.note(),
                policy.setBy(), policy.setAt());
    }

    Optional<StockPolicy> findById(long partId);

    default Optional<StockPolicy> find(long partId) {
        return findById(partId);
    }

    int deleteById(long partId);

    /** Whether there was a policy to delete. */
    default boolean delete(long partId) {
        return deleteById(partId) == 1;
    }

    List<StockPolicy> findAll();

    default Map<Long, StockPolicy> all() {
        return findAll().stream().collect(Collectors.toMap(StockPolicy::partId, Function.identity()));
    }

    @Query("SELECT DISTINCT part_id FROM stock_movement WHERE part_id IN (:partIds)")
    List<Long> stocked(Collection<Long> partIds);

    /** The parts among these that ever had a stock movement. */
    default Set<Long> everStocked(Collection<Long> partIds) {
        return partIds.isEmpty() ? Set.of() : new HashSet<>(stocked(partIds));
    }
}
