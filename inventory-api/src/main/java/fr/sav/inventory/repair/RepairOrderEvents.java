package fr.sav.inventory.repair;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The history of repair orders: appended to, never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RepairOrderEvents extends GenericRepository<RepairOrderEvent, Long> {

    RepairOrderEvent save(RepairOrderEvent event);

    @Query("SELECT e.action, e.from_status, e.to_status, l.code AS location, e.note, e.occurred_at, e.recorded_by "
            + "FROM repair_order_event e LEFT JOIN location l ON l.id = e.location_id "
            + "WHERE e.repair_order_id = :orderId ORDER BY e.id")
    List<RepairOrderView.Event> history(long orderId);
}
