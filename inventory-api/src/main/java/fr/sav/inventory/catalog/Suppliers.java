package fr.sav.inventory.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Suppliers extends CrudRepository<Supplier, Long> {

    Optional<Supplier> findByCode(String code);

    @Query("SELECT * FROM supplier ORDER BY code LIMIT :limit OFFSET :offset")
    List<Supplier> list(int limit, long offset);
}
