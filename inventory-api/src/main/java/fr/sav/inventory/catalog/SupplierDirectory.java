package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** The companies we buy from and what they offer. */
@Singleton
class SupplierDirectory {

    private final Suppliers suppliers;
    private final Offers offers;
    private final Parts parts;
    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;

    SupplierDirectory(Suppliers suppliers, Offers offers, Parts parts, Sql sql, Transactions transactions, Clock clock) {
        this.suppliers = suppliers;
        this.offers = offers;
        this.parts = parts;
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SupplierView create(SupplierView request) {
        String code = Codes.normalize("code", request.code(), 32);
        return transactions.write(() -> {
            if (suppliers.findByCode(code).isPresent()) {
                throw Conflict.duplicate("supplier", code);
            }
            String currency = request.currency() == null ? "EUR" : request.currency().toUpperCase(Locale.ROOT);
            return view(suppliers.save(new Supplier(null, code, request.name().trim(), request.email(), currency,
                    request.leadTimeDays(), clock.instant())));
        });
    }

    public SupplierView view(String code) {
        return transactions.read(() -> view(requireEntity(code)));
    }

    public PageView<SupplierView> list(Paging paging) {
        return transactions.read(() -> new PageView<>(
                suppliers.list(paging.size(), paging.offset()).stream().map(SupplierDirectory::view).toList(),
                paging.page(), paging.size(), suppliers.count()));
    }

    public PageView<OfferView> offers(String code, Paging paging) {
        return transactions.read(() -> {
            Supplier supplier = requireEntity(code);
            return new PageView<>(offers.viewsOfSupplier(supplier.id(), paging.size(), paging.offset()),
                    paging.page(), paging.size(), offers.countBySupplierId(supplier.id()));
        });
    }

    /** The supplier's price changes, newest first, for one reference or all. */
    public PageView<PriceChange> priceHistory(String code, @Nullable String supplierRef, Paging paging) {
        return transactions.read(() -> {
            Supplier supplier = requireEntity(code);
            String reference = supplierRef == null || supplierRef.isBlank() ? null : supplierRef.trim();
            String where = " FROM offer_price_history h JOIN supplier_offer o ON o.id = h.offer_id "
                    + "JOIN part p ON p.id = o.part_id WHERE o.supplier_id = ? AND (? IS NULL OR o.supplier_ref = ?)";
            return new PageView<>(sql.list("SELECT o.supplier_ref, p.sku, h.old_price, h.new_price, h.currency, "
                            + "h.changed_at, h.import_id" + where + " ORDER BY h.changed_at DESC, h.id DESC LIMIT ? OFFSET ?",
                    row -> new PriceChange(row.getString(1), row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4),
                            row.getString(5), Sql.instant(row, "changed_at"), Sql.longValue(row, "import_id")),
                    supplier.id(), reference, reference, paging.size(), paging.offset()),
                    paging.page(), paging.size(), sql.count("SELECT COUNT(*)" + where, supplier.id(), reference, reference));
        });
    }

    /** Creates or replaces the offer with this supplier reference. */
    public OfferView putOffer(String code, OfferRequest request) {
        return transactions.write(() -> {
            Supplier supplier = requireEntity(code);
            Part part = parts.findBySku(Codes.sku(request.sku())).orElseThrow(() -> new NotFound("part", request.sku()));
            String reference = request.supplierRef().trim();
            Long existing = offers.findBySupplierIdAndSupplierRef(supplier.id(), reference).map(Offer::id).orElse(null);
            Offer offer = new Offer(existing, supplier.id(), part.id(), reference, request.price(),
                    request.currency() == null ? supplier.currency() : request.currency().toUpperCase(Locale.ROOT),
                    request.minOrderQty() == null ? 1 : request.minOrderQty(),
                    request.packSize() == null ? 1 : request.packSize(),
                    request.leadTimeDays(), Boolean.TRUE.equals(request.preferred()), clock.instant(),
                    request.warrantyMonths());
            if (existing == null) {
                offers.save(offer);
            } else {
                offers.update(offer);
            }
            return offers.viewsOfPart(part.id()).stream().filter(o -> o.supplier().equals(supplier.code())
                    && o.supplierRef().equals(reference)).findFirst().orElseThrow();
        });
    }

    public SupplierInfo supplier(String code) {
        return requireEntity(code).info();
    }

    public SupplierInfo supplierById(long id) {
        return suppliers.findById(id).map(Supplier::info).orElseThrow(() -> new NotFound("supplier", "#" + id));
    }

    public Optional<SupplierInfo> findSupplier(String code) {
        return suppliers.findByCode(code.trim().toUpperCase(Locale.ROOT)).map(Supplier::info);
    }

    private Supplier requireEntity(String code) {
        return suppliers.findByCode(Codes.normalize("code", code, 32)).orElseThrow(() -> new NotFound("supplier", code));
    }

    private static SupplierView view(Supplier supplier) {
        return new SupplierView(supplier.code(), supplier.name(), supplier.email(), supplier.currency(),
                supplier.leadTimeDays());
    }
}
