package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The rows of purchase requests, without their lines ({@link PurchaseRequestStore} puts the two together). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PurchaseRequestRows extends GenericRepository<PurchaseRequest, Long> {

    PurchaseRequest save(PurchaseRequest request);

    PurchaseRequest update(PurchaseRequest request);

    Optional<PurchaseRequest> findByNumber(String number);

    /** Reads the request and locks it until the transaction ends: actions on one request queue up. */
    Optional<PurchaseRequest> findByNumberForUpdate(String number);

    /** The supplier's latest request in that status without a line of the part, locked. */
    @Query("SELECT * FROM purchase_request r WHERE r.supplier_id = :supplierId AND r.status = :status AND NOT EXISTS "
            + "(SELECT 1 FROM purchase_request_line l WHERE l.request_id = r.id AND l.part_id = :partId) "
            + "ORDER BY r.id DESC LIMIT 1 FOR UPDATE")
    Optional<PurchaseRequest> lockLatestWithout(long supplierId, PurchaseStatus status, long partId);

    String FILTER = " WHERE (:status IS NULL OR status = :status) AND (:supplierId IS NULL OR supplier_id = :supplierId)";

    @Query("SELECT * FROM purchase_request" + FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<PurchaseRequest> filtered(@Nullable PurchaseStatus status, @Nullable Long supplierId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM purchase_request" + FILTER)
    long countFiltered(@Nullable PurchaseStatus status, @Nullable Long supplierId);
}
