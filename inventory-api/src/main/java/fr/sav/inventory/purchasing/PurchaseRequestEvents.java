package fr.sav.inventory.purchasing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The history of purchase requests: appended to, never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PurchaseRequestEvents extends GenericRepository<PurchaseRequestEvent, Long> {

    List<PurchaseRequestEvent> saveAll(Iterable<PurchaseRequestEvent> events);

    @Query("SELECT action, from_status, to_status, note, occurred_at, recorded_by FROM purchase_request_event "
            + "WHERE request_id = :requestId ORDER BY id")
    List<PurchaseRequestView.Event> history(long requestId);
}
