package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Where;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Returns to vendor and their lines in the database. */
@Singleton
class SupplierReturnStore {

    private static final String SELECT = "SELECT r.*, p.number AS purchase_request_number FROM supplier_return r "
            + "LEFT JOIN purchase_request p ON p.id = r.purchase_request_id";

    private final Sql sql;

    SupplierReturnStore(Sql sql) {
        this.sql = sql;
    }

    void insert(SupplierReturn sent) {
        sent.id = sql.insert("INSERT INTO supplier_return (number, supplier_id, reason, purchase_request_id, status, forced, "
                        + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sent.number, sent.supplierId,
                sent.reason, sent.purchaseRequestId, sent.status, sent.forced, sent.createdAt, sent.createdBy);
        for (SupplierReturn.Line line : sent.lines) {
            line.id = sql.insert("INSERT INTO supplier_return_line (return_id, line_no, part_id, quantity, serial, "
                            + "item_condition, location_id) VALUES (?, ?, ?, ?, ?, ?, ?)", sent.id, line.lineNo,
                    line.partId, line.quantity, line.serial, line.condition, line.locationId);
        }
    }

    void update(SupplierReturn sent) {
        sql.update("UPDATE supplier_return SET status = ?, credit_amount = ?, currency = ?, note = ?, settled_at = ?, "
                        + "settled_by = ? WHERE id = ?", sent.status, sent.creditAmount, sent.currency, sent.note,
                sent.settledAt, sent.settledBy, sent.id);
    }

    SupplierReturn lock(String number) {
        return sql.one(SELECT + " WHERE r.number = ? FOR UPDATE", this::supplierReturn, number)
                .orElseThrow(() -> new NotFound("supplier return", number));
    }

    SupplierReturn get(String number) {
        return sql.one(SELECT + " WHERE r.number = ?", this::supplierReturn, number)
                .orElseThrow(() -> new NotFound("supplier return", number));
    }

    List<SupplierReturn> find(@Nullable Long supplierId, @Nullable SupplierReturnStatus status, int limit, long offset) {
        Where where = where(supplierId, status);
        return sql.list(SELECT + where.clause() + " ORDER BY r.id DESC LIMIT ? OFFSET ?", this::supplierReturn,
                where.values(limit, offset));
    }

    long count(@Nullable Long supplierId, @Nullable SupplierReturnStatus status) {
        Where where = where(supplierId, status);
        return sql.count("SELECT COUNT(*) FROM supplier_return r" + where.clause(), where.values());
    }

    private static Where where(@Nullable Long supplierId, @Nullable SupplierReturnStatus status) {
        return new Where().and("r.supplier_id = ?", supplierId).and("r.status = ?", status);
    }

    private SupplierReturn supplierReturn(ResultSet row) throws SQLException {
        SupplierReturn sent = new SupplierReturn();
        sent.id = row.getLong("id");
        sent.number = row.getString("number");
        sent.supplierId = row.getLong("supplier_id");
        sent.reason = ReturnReason.valueOf(row.getString("reason"));
        sent.purchaseRequestId = Sql.longValue(row, "purchase_request_id");
        sent.purchaseRequest = row.getString("purchase_request_number");
        sent.status = SupplierReturnStatus.valueOf(row.getString("status"));
        sent.forced = row.getBoolean("forced");
        sent.creditAmount = row.getBigDecimal("credit_amount");
        sent.currency = row.getString("currency");
        sent.note = row.getString("note");
        sent.createdAt = Sql.instant(row, "created_at");
        sent.createdBy = row.getString("created_by");
        sent.settledAt = Sql.instant(row, "settled_at");
        sent.settledBy = row.getString("settled_by");
        sent.lines = sql.list("SELECT * FROM supplier_return_line WHERE return_id = ? ORDER BY line_no",
                SupplierReturnStore::line, sent.id);
        return sent;
    }

    private static SupplierReturn.Line line(ResultSet row) throws SQLException {
        SupplierReturn.Line line = new SupplierReturn.Line();
        line.id = row.getLong("id");
        line.lineNo = row.getInt("line_no");
        line.partId = row.getLong("part_id");
        line.quantity = row.getInt("quantity");
        line.serial = row.getString("serial");
        line.condition = Condition.valueOf(row.getString("item_condition"));
        line.locationId = row.getLong("location_id");
        return line;
    }
}
