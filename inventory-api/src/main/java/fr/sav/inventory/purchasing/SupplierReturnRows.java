package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The rows of returns to vendor, without their lines ({@link SupplierReturnStore} puts the two together). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SupplierReturnRows extends GenericRepository<SupplierReturn, Long> {

    SupplierReturn save(SupplierReturn sent);

    SupplierReturn update(SupplierReturn sent);

    Optional<SupplierReturn> findByNumber(String number);

    /** Reads the return and locks it until the transaction ends: settlements of one return queue up. */
    Optional<SupplierReturn> findByNumberForUpdate(String number);

    String FILTER = " WHERE (:supplierId IS NULL OR supplier_id = :supplierId) AND (:status IS NULL OR status = :status)";

    @Query("SELECT * FROM supplier_return" + FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<SupplierReturn> filtered(@Nullable Long supplierId, @Nullable SupplierReturnStatus status, int limit,
                                  long offset);

    @Query("SELECT COUNT(*) FROM supplier_return" + FILTER)
    long countFiltered(@Nullable Long supplierId, @Nullable SupplierReturnStatus status);

    /** The number of the purchase request the material came with. */
    @Query("SELECT number FROM purchase_request WHERE id = :id")
    Optional<String> purchaseRequestNumber(long id);
}
