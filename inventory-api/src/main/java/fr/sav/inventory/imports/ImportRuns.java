package fr.sav.inventory.imports;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Imports as they are kept, newest first. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportRuns extends GenericRepository<ImportRun, Long> {

    ImportRun save(ImportRun run);

    ImportRun update(ImportRun run);

    Optional<ImportRun> findById(long id);

    @Query("SELECT * FROM import_report ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<ImportRun> page(int limit, long offset);

    long count();
}
