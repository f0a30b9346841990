package fr.sav.inventory.purchasing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The lines of returns to vendor: written with the return, never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SupplierReturnLines extends GenericRepository<SupplierReturn.Line, Long> {

    List<SupplierReturn.Line> saveAll(Iterable<SupplierReturn.Line> lines);

    List<SupplierReturn.Line> findByReturnIdOrderByLineNo(long returnId);
}
