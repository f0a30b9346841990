package fr.sav.inventory.field;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Where;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Transfer orders and their lines in the database. */
@Singleton
class TransferOrderStore {

    private final Sql sql;

    TransferOrderStore(Sql sql) {
        this.sql = sql;
    }

    void insert(TransferOrder order) {
        order.id = sql.insert("INSERT INTO transfer_order (number, from_location_id, to_location_id, status, created_at, "
                        + "created_by) VALUES (?, ?, ?, ?, ?, ?)", order.number, order.fromId, order.toId, order.status,
                order.createdAt, order.createdBy);
        for (TransferOrder.Line line : order.lines) {
            line.id = sql.insert("INSERT INTO transfer_order_line (order_id, line_no, part_id, item_condition, serial, "
                            + "quantity) VALUES (?, ?, ?, ?, ?, ?)", order.id, line.lineNo, line.partId, line.condition,
                    line.serial, line.quantity);
        }
    }

    void update(TransferOrder order) {
        sql.update("UPDATE transfer_order SET status = ?, shipped_at = ?, shipped_by = ?, received_at = ?, received_by = ? "
                        + "WHERE id = ?", order.status, order.shippedAt, order.shippedBy, order.receivedAt,
                order.receivedBy, order.id);
        for (TransferOrder.Line line : order.lines) {
            sql.update("UPDATE transfer_order_line SET received_quantity = ? WHERE id = ?", line.received, line.id);
        }
    }

    TransferOrder lock(String number) {
        return sql.one("SELECT * FROM transfer_order WHERE number = ? FOR UPDATE", this::order, number)
                .orElseThrow(() -> new NotFound("transfer order", number));
    }

    TransferOrder get(String number) {
        return sql.one("SELECT * FROM transfer_order WHERE number = ?", this::order, number)
                .orElseThrow(() -> new NotFound("transfer order", number));
    }

    List<TransferOrder> find(@Nullable Long fromId, @Nullable Long toId, @Nullable TransferOrderStatus status, int limit,
                             long offset) {
        Where where = where(fromId, toId, status);
        return sql.list("SELECT * FROM transfer_order" + where.clause() + " ORDER BY id DESC LIMIT ? OFFSET ?",
                this::order, where.values(limit, offset));
    }

    long count(@Nullable Long fromId, @Nullable Long toId, @Nullable TransferOrderStatus status) {
        Where where = where(fromId, toId, status);
        return sql.count("SELECT COUNT(*) FROM transfer_order" + where.clause(), where.values());
    }

    /** Pieces of a part on their way to a location: lines of orders to it still OPEN or IN_TRANSIT, per part id. */
    java.util.Map<Long, Integer> incoming(long toId) {
        java.util.Map<Long, Integer> pieces = new java.util.HashMap<>();
        sql.each("SELECT l.part_id, SUM(l.quantity) FROM transfer_order_line l JOIN transfer_order o ON o.id = l.order_id "
                        + "WHERE o.to_location_id = ? AND o.status IN ('OPEN', 'IN_TRANSIT') GROUP BY l.part_id",
                row -> pieces.put(row.getLong(1), row.getInt(2)), toId);
        return pieces;
    }

    private static Where where(@Nullable Long fromId, @Nullable Long toId, @Nullable TransferOrderStatus status) {
        return new Where().and("from_location_id = ?", fromId).and("to_location_id = ?", toId).and("status = ?", status);
    }

    private TransferOrder order(ResultSet row) throws SQLException {
        TransferOrder order = new TransferOrder();
        order.id = row.getLong("id");
        order.number = row.getString("number");
        order.fromId = row.getLong("from_location_id");
        order.toId = row.getLong("to_location_id");
        order.status = TransferOrderStatus.valueOf(row.getString("status"));
        order.createdAt = Sql.instant(row, "created_at");
        order.createdBy = row.getString("created_by");
        order.shippedAt = Sql.instant(row, "shipped_at");
        order.shippedBy = row.getString("shipped_by");
        order.receivedAt = Sql.instant(row, "received_at");
        order.receivedBy = row.getString("received_by");
        order.lines = sql.list("SELECT * FROM transfer_order_line WHERE order_id = ? ORDER BY line_no",
                TransferOrderStore::line, order.id);
        return order;
    }

    private static TransferOrder.Line line(ResultSet row) throws SQLException {
        TransferOrder.Line line = new TransferOrder.Line();
        line.id = row.getLong("id");
        line.lineNo = row.getInt("line_no");
        line.partId = row.getLong("part_id");
        line.condition = Condition.valueOf(row.getString("item_condition"));
        line.serial = row.getString("serial");
        line.quantity = row.getInt("quantity");
        line.received = Sql.integer(row, "received_quantity");
        return line;
    }
}
