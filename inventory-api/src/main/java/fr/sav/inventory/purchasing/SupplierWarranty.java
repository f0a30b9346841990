package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.SupplierCover;
import fr.sav.inventory.stock.SupplierCovers;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * The supplier's warranty on what it delivered: from the last receipt of the unit (or, unserialized, of the part)
 * on one of the supplier's purchase requests or returns, for the months its offer gives. The receipt movement
 * already remembers the document, the day and the price paid; the supplier is the document's.
 */
@Singleton
class SupplierWarranty implements SupplierCovers {

    private static final String LAST_RECEIPT = """
            SELECT m.occurred_at, m.reference, m.unit_cost, s.code, s.name,
                   COALESCE((SELECT MAX(l.currency) FROM purchase_request_line l JOIN purchase_request r ON r.id = l.request_id
                             WHERE r.number = m.reference AND l.part_id = m.part_id), s.currency) AS currency,
                   (SELECT MAX(o.warranty_months) FROM supplier_offer o WHERE o.supplier_id = s.id
                           AND o.part_id = m.part_id) AS warranty_months
            FROM stock_movement m
            LEFT JOIN purchase_request r ON r.number = m.reference
            LEFT JOIN supplier_return v ON v.number = m.reference
            JOIN supplier s ON s.id = COALESCE(r.supplier_id, v.supplier_id)
            WHERE m.type = 'RECEIPT' AND m.part_id = ? AND (? IS NULL OR m.serial = ?) AND (? IS NULL OR s.id = ?)
            ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1""";

    private final Sql sql;

    SupplierWarranty(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<SupplierCover> lastReceipt(long partId, @Nullable String serial) {
        return lastReceipt(partId, serial, null);
    }

    /** Refuses, with the facts, what the supplier's warranty does not cover at {@code now}. */
    void requireCovered(SupplierInfo supplier, PartInfo part, @Nullable String serial, Instant now) {
        SupplierCover cover = lastReceipt(part.id(), serial, supplier.id()).orElse(null);
        if (cover == null || !cover.covers(now)) {
            throw new OutOfWarranty(supplier.code(), part.sku(), serial, cover == null ? null : cover.receivedAt(),
                    cover == null ? null : cover.warrantyMonths());
        }
    }

    private Optional<SupplierCover> lastReceipt(long partId, @Nullable String serial, @Nullable Long supplierId) {
        return sql.one(LAST_RECEIPT, row -> SupplierCover.of(row.getString("code"), row.getString("name"),
                        row.getString("reference"), Sql.instant(row, "occurred_at"), Sql.decimal(row, "unit_cost"),
                        row.getString("currency"), Sql.integer(row, "warranty_months")),
                partId, serial, serial, supplierId, supplierId);
    }
}
