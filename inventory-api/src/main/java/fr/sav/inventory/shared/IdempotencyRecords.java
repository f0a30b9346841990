package fr.sav.inventory.shared;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Stored results of keyed requests, read only when their insert ({@link Idempotency}, by hand) collides. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyRecords extends GenericRepository<IdempotencyRecord, IdempotencyRecord.Key> {

    Optional<IdempotencyRecord> findById(IdempotencyRecord.Key id);
}
