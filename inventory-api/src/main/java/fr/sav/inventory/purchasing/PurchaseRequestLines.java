package fr.sav.inventory.purchasing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** The lines of purchase requests; of a stored line only what was received changes. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PurchaseRequestLines extends GenericRepository<PurchaseRequestLine, Long> {

    List<PurchaseRequestLine> saveAll(Iterable<PurchaseRequestLine> lines);

    List<PurchaseRequestLine> updateAll(Iterable<PurchaseRequestLine> lines);

    List<PurchaseRequestLine> findByRequestIdOrderByLineNo(long requestId);

    /** Pieces of the part on requests in those statuses and not received yet. */
    @Query("SELECT COALESCE(SUM(l.quantity - l.received_quantity), 0) FROM purchase_request_line l "
            + "JOIN purchase_request r ON r.id = l.request_id WHERE l.part_id = :partId AND r.status IN (:statuses)")
    long outstanding(long partId, Collection<PurchaseStatus> statuses);
}
