package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.OfferView;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The supplier's warranty on what it delivered: from the last receipt of the unit (or, unserialized, of the part)
 * on one of the supplier's purchase requests or returns, for the months its offer gives.
 */
@Singleton
class SupplierWarranty {

    private final Catalog catalog;
    private final Sql sql;

    SupplierWarranty(Catalog catalog, Sql sql) {
        this.catalog = catalog;
        this.sql = sql;
    }

    /** Refuses, with the facts, what the supplier's warranty does not cover at {@code now}. */
    void requireCovered(SupplierInfo supplier, PartInfo part, @Nullable String serial, Instant now) {
        Integer months = catalog.offersOf(part.sku()).stream().filter(o -> o.supplier().equals(supplier.code()))
                .map(OfferView::warrantyMonths).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Instant received = lastReceipt(supplier, part, serial).orElse(null);
        if (months == null || received == null
                || received.atZone(ZoneOffset.UTC).plusMonths(months).toInstant().isBefore(now)) {
            throw new OutOfWarranty(supplier.code(), part.sku(), serial, received, months);
        }
    }

    private Optional<Instant> lastReceipt(SupplierInfo supplier, PartInfo part, @Nullable String serial) {
        return sql.one("SELECT m.occurred_at FROM stock_movement m WHERE m.type = 'RECEIPT' AND m.part_id = ? "
                        + "AND (? IS NULL OR m.serial = ?) AND (m.reference IN (SELECT number FROM purchase_request "
                        + "WHERE supplier_id = ?) OR m.reference IN (SELECT number FROM supplier_return WHERE supplier_id = ?)) "
                        + "ORDER BY m.occurred_at DESC LIMIT 1",
                row -> Sql.instant(row, "occurred_at"), part.id(), serial, serial, supplier.id(), supplier.id());
    }
}
