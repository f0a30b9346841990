package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** Returns to vendor as buyers see them. */
@Singleton
class SupplierReturnViews {

    private final SupplierReturnStore store;
    private final Catalog catalog;
    private final Transactions transactions;

    SupplierReturnViews(SupplierReturnStore store, Catalog catalog, Transactions transactions) {
        this.store = store;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    public SupplierReturnView get(String number) {
        return transactions.read(() -> view(store.get(number)));
    }

    /** Newest first, optionally of one supplier or in one status. */
    public PageView<SupplierReturnView> list(@Nullable String supplier, @Nullable SupplierReturnStatus status,
                                             Paging paging) {
        return transactions.read(() -> {
            Long supplierId = supplier == null || supplier.isBlank() ? null : catalog.supplier(supplier).id();
            return new PageView<>(store.find(supplierId, status, paging.size(), paging.offset()).stream()
                    .map(this::view).toList(), paging.page(), paging.size(), store.count(supplierId, status));
        });
    }

    SupplierReturnView view(SupplierReturn sent) {
        SupplierInfo supplier = catalog.supplierById(sent.supplierId);
        return new SupplierReturnView(sent.number, supplier.code(), supplier.name(), sent.reason, sent.status,
                sent.purchaseRequest, sent.forced, sent.lines.stream().map(line -> {
                    PartInfo part = catalog.part(line.partId);
                    return new SupplierReturnView.Line(line.lineNo, part.sku(), part.name(), line.quantity, line.serial,
                            line.condition, catalog.location(line.locationId).code());
                }).toList(), sent.creditAmount, sent.currency, sent.note, sent.status.allowedActions(), sent.createdAt,
                sent.createdBy, sent.settledAt, sent.settledBy);
    }
}
