package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Locations extends CrudRepository<Location, Long> {

    Optional<Location> findByCode(String code);

    @Query("SELECT * FROM location WHERE (:kind IS NULL OR kind = :kind) ORDER BY code LIMIT :limit OFFSET :offset")
    List<Location> list(@Nullable String kind, int limit, long offset);

    @Query("SELECT COUNT(*) FROM location WHERE (:kind IS NULL OR kind = :kind)")
    long countList(@Nullable String kind);
}
