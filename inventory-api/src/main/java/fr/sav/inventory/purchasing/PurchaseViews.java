package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;

/** Purchase requests as buyers see them. */
@Singleton
class PurchaseViews {

    private final PurchaseRequestStore store;
    private final Catalog catalog;
    private final Transactions transactions;

    PurchaseViews(PurchaseRequestStore store, Catalog catalog, Transactions transactions) {
        this.store = store;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    public PurchaseRequestView get(String number) {
        return transactions.read(() -> view(store.get(number), true));
    }

    public PageView<PurchaseRequestView> list(@Nullable PurchaseStatus status, @Nullable String supplier, Paging paging) {
        return transactions.read(() -> {
            Long supplierId = supplier == null || supplier.isBlank() ? null : catalog.supplier(supplier).id();
            return new PageView<>(store.find(status, supplierId, paging.size(), paging.offset()).stream()
                    .map(r -> view(r, false)).toList(), paging.page(), paging.size(), store.count(status, supplierId));
        });
    }

    /** Every line of the requests matching the filter, with its request, for the buyers' export. */
    public List<ExportLine> exportLines(@Nullable PurchaseStatus status, @Nullable String supplier) {
        return transactions.read(() -> {
            Long supplierId = supplier == null || supplier.isBlank() ? null : catalog.supplier(supplier).id();
            return store.find(status, supplierId, Integer.MAX_VALUE, 0).stream()
                    .flatMap(request -> {
                        SupplierInfo info = catalog.supplierById(request.supplierId());
                        return view(request, false).lines().stream()
                                .map(line -> new ExportLine(request.number(), request.status(), info, line));
                    }).toList();
        });
    }

    /** One line of the export, with where its request stands. */
    public record ExportLine(String number, PurchaseStatus status, SupplierInfo supplier, PurchaseRequestView.Line line) {
    }

    PurchaseRequestView view(PurchaseRequest request, boolean withHistory) {
        SupplierInfo supplier = catalog.supplierById(request.supplierId());
        List<PurchaseRequestView.Line> lines = request.lines().stream().map(line -> {
            PartInfo part = catalog.part(line.partId());
            BigDecimal total = line.unitPrice() == null ? null : line.unitPrice()
                    .multiply(BigDecimal.valueOf(line.quantity())).setScale(2, java.math.RoundingMode.HALF_UP);
            return new PurchaseRequestView.Line(line.lineNo(), part.sku(), part.name(), line.quantity(), line.received(),
                    line.unitPrice(), total, line.supplierRef(), line.neededBy(), line.reference());
        }).toList();
        BigDecimal total = lines.stream().map(PurchaseRequestView.Line::lineTotal).filter(t -> t != null)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new PurchaseRequestView(request.number(), supplier.code(), supplier.name(), request.status(),
                request.note(), total, supplier.currency(), lines,
                PurchaseAction.allowedFor(request.status()).stream().map(PurchaseAction::path).toList(),
                request.createdAt(), request.createdBy(), request.closedAt(),
                withHistory ? store.history(request.id()) : null);
    }
}
