package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Where;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Purchase requests, their lines and history in the database. */
@Singleton
class PurchaseRequestStore {

    private static final String OPEN = "('DRAFT', 'SUBMITTED', 'APPROVED', 'ORDERED', 'PARTIALLY_RECEIVED')";

    private final Sql sql;

    PurchaseRequestStore(Sql sql) {
        this.sql = sql;
    }

    void insert(PurchaseRequest request) {
        request.id = sql.insert("INSERT INTO purchase_request (number, supplier_id, status, note, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", request.number, request.supplierId, request.status, request.note,
                request.createdAt, request.createdBy);
        for (PurchaseRequest.Line line : request.lines) {
            insertLine(request, line);
        }
    }

    /** Adds the line to the stored request. */
    void insertLine(PurchaseRequest request, PurchaseRequest.Line line) {
        line.id = sql.insert("INSERT INTO purchase_request_line (request_id, line_no, part_id, quantity, unit_price, "
                        + "currency, supplier_ref, needed_by, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                request.id, line.lineNo, line.partId, line.quantity, line.unitPrice, line.currency, line.supplierRef,
                line.neededBy, line.reference);
    }

    /** The supplier's latest DRAFT request without a line of the part, locked. */
    java.util.Optional<PurchaseRequest> latestDraftWithout(long supplierId, long partId) {
        return sql.one("SELECT * FROM purchase_request r WHERE r.supplier_id = ? AND r.status = 'DRAFT' AND NOT EXISTS "
                + "(SELECT 1 FROM purchase_request_line l WHERE l.request_id = r.id AND l.part_id = ?) "
                + "ORDER BY r.id DESC LIMIT 1 FOR UPDATE", this::request, supplierId, partId);
    }

    void update(PurchaseRequest request) {
        sql.update("UPDATE purchase_request SET status = ?, submitted_by = ?, closed_at = ? WHERE id = ?", request.status,
                request.submittedBy, request.closedAt, request.id);
        for (PurchaseRequest.Line line : request.lines) {
            sql.update("UPDATE purchase_request_line SET received_quantity = ? WHERE id = ?", line.received, line.id);
        }
    }

    void event(PurchaseRequest request, String action, @Nullable PurchaseStatus from, @Nullable String note, Instant at,
               String actor) {
        sql.update("INSERT INTO purchase_request_event (request_id, action, from_status, to_status, note, occurred_at, "
                + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", request.id, action, from, request.status, note, at, actor);
    }

    PurchaseRequest lock(String number) {
        return sql.one("SELECT * FROM purchase_request WHERE number = ? FOR UPDATE", this::request, number)
                .orElseThrow(() -> new NotFound("purchase request", number));
    }

    PurchaseRequest get(String number) {
        return sql.one("SELECT * FROM purchase_request WHERE number = ?", this::request, number)
                .orElseThrow(() -> new NotFound("purchase request", number));
    }

    List<PurchaseRequest> find(@Nullable PurchaseStatus status, @Nullable Long supplierId, int limit, long offset) {
        Where where = where(status, supplierId);
        return sql.list("SELECT * FROM purchase_request" + where.clause() + " ORDER BY id DESC LIMIT ? OFFSET ?",
                this::request, where.values(limit, offset));
    }

    long count(@Nullable PurchaseStatus status, @Nullable Long supplierId) {
        Where where = where(status, supplierId);
        return sql.count("SELECT COUNT(*) FROM purchase_request" + where.clause(), where.values());
    }

    List<PurchaseRequestView.Event> history(long requestId) {
        return sql.list("SELECT * FROM purchase_request_event WHERE request_id = ? ORDER BY id",
                row -> new PurchaseRequestView.Event(row.getString("action"), row.getString("from_status"),
                        row.getString("to_status"), row.getString("note"), Sql.instant(row, "occurred_at"),
                        row.getString("recorded_by")), requestId);
    }

    /** Pieces of the part on open requests and not received yet. */
    long onOrder(long partId) {
        return sql.count("SELECT COALESCE(SUM(l.quantity - l.received_quantity), 0) FROM purchase_request_line l "
                + "JOIN purchase_request r ON r.id = l.request_id WHERE l.part_id = ? AND r.status IN " + OPEN, partId);
    }

    private static Where where(@Nullable PurchaseStatus status, @Nullable Long supplierId) {
        return new Where().and("status = ?", status).and("supplier_id = ?", supplierId);
    }

    private PurchaseRequest request(ResultSet row) throws SQLException {
        PurchaseRequest request = new PurchaseRequest();
        request.id = row.getLong("id");
        request.number = row.getString("number");
        request.supplierId = row.getLong("supplier_id");
        request.status = PurchaseStatus.valueOf(row.getString("status"));
        request.note = row.getString("note");
        request.createdAt = Sql.instant(row, "created_at");
        request.createdBy = row.getString("created_by");
        request.submittedBy = row.getString("submitted_by");
        request.closedAt = Sql.instant(row, "closed_at");
        request.lines = sql.list("SELECT * FROM purchase_request_line WHERE request_id = ? ORDER BY line_no",
                PurchaseRequestStore::line, request.id);
        return request;
    }

    private static PurchaseRequest.Line line(ResultSet row) throws SQLException {
        PurchaseRequest.Line line = new PurchaseRequest.Line();
        line.id = row.getLong("id");
        line.lineNo = row.getInt("line_no");
        line.partId = row.getLong("part_id");
        line.quantity = row.getInt("quantity");
        line.received = row.getInt("received_quantity");
        line.unitPrice = row.getBigDecimal("unit_price");
        line.currency = row.getString("currency");
        line.supplierRef = row.getString("supplier_ref");
        Date neededBy = row.getDate("needed_by");
        line.neededBy = neededBy == null ? null : neededBy.toLocalDate();
        line.reference = row.getString("reference");
        return line;
    }
}
