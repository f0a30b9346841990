package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The rows of serialized units, by serial. A movement of a unit costs two statements besides its {@code Script}:
 * the lock, then the insert or update; the row's times ({@code created_at}, {@code updated_at}) come from the
 * service's clock, which is why the two writes are spelled out.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface UnitRows extends GenericRepository<Unit, Long> {

    Optional<Unit> findBySerial(String serial);

    /** Reads the unit and locks its row until the transaction ends: movements of one unit queue up. */
    Optional<Unit> findBySerialForUpdate(String serial);

    @Query("INSERT INTO stock_unit (serial, part_id, item_condition, location_id, status, holder, owner, return_count, "
            + "created_at, updated_at) VALUES (:serial, :partId, :condition, :locationId, :status, :holder, :owner, "
            + ":returnCount, :now, :now)")
    void insert(String serial, long partId, Condition condition, @Nullable Long locationId, UnitStatus status,
                @Nullable String holder, Owner owner, int returnCount, Instant now);

    @Query("UPDATE stock_unit SET item_condition = :condition, location_id = :locationId, status = :status, "
            + "holder = :holder, owner = :owner, return_count = :returnCount, updated_at = :now WHERE id = :id")
    void update(long id, Condition condition, @Nullable Long locationId, UnitStatus status, @Nullable String holder,
                Owner owner, int returnCount, Instant now);
}
