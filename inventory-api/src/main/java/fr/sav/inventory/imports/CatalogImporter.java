package fr.sav.inventory.imports;

import fr.sav.csvimport.CatalogRow;
import fr.sav.csvimport.ImportSchema;
import fr.sav.csvimport.RowResult;
import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.NewParts;
import fr.sav.inventory.catalog.PartIdsBySku;
import fr.sav.inventory.catalog.OfferOutcome;
import fr.sav.inventory.catalog.PriceLine;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A supplier's price list: each row finds our part by sku, else by a manufacturer reference that names
 * exactly one part (with {@code createParts}, an unknown sku becomes a new part), then creates or updates
 * the supplier's offer for its reference; an identical row is unchanged.
 */
@Singleton
class CatalogImporter implements Importer<CatalogRow> {

    /**
     * The supplier whose price list this is, and how its rows find their parts. While {@code newOffers} holds, its
     * references have no offers yet (it had none when the list arrived): chunks are written without looking for offers
     * first, until a reference turns out to have one after all.
     */
    private record PriceListTarget(SupplierInfo supplier, AtomicBoolean newOffers, PartIdsBySku parts) {
    }

    private final Catalog catalog;
    private final Transactions transactions;
    private final int lanes;

    CatalogImporter(Catalog catalog, Transactions transactions,
                    @Value("${inventory.imports.lanes:2}") int lanes) {
        this.catalog = catalog;
        this.transactions = transactions;
        this.lanes = Math.max(1, lanes);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SUPPLIER_CATALOG;
    }

    @Override
    public ImportSchema<CatalogRow> schema() {
        return ImportSchema.SUPPLIER_CATALOG;
    }

    /**
     * Price lines lock no stock: larger chunks than the default mean fewer commits and fewer, larger lookups. Not much
     * larger: rows that wait in a lane's queue long enough to outlive young collections make the collector's work grow
     * (10,000 rows a chunk spent more time collecting than 5,000 saved in statements).
     */
    @Override
    public int chunkSize() {
        return 5_000;
    }

    /**
     * Offers of different references can be written at once. Parts created on the way cannot: two rows of one
     * new sku may carry different references, so {@code createParts} keeps to one lane.
     */
    @Override
    public int lanes(ImportRequest request) {
        return request.createParts() ? 1 : lanes;
    }

    @Override
    public Object laneKey(CatalogRow row) {
        return row.supplierRef().toUpperCase(Locale.ROOT);
    }

    @Override
    public Object target(ImportRequest request) {
        if (request.target() == null || request.target().isBlank()) {
            throw new InvalidRequest("supplier", FieldRule.SUPPLIER_OF_PRICE_LIST,
                    "say whose price list this is: ?supplier=CODE");
        }
        SupplierInfo supplier = catalog.supplier(request.target());
        return transactions.read(() -> new PriceListTarget(supplier, new AtomicBoolean(catalog.hasNoOffers(supplier)),
                catalog.partsBySku()));
    }

    @Override
    public void apply(Object target, List<RowResult.Valid<CatalogRow>> rows, ImportRequest request, boolean write,
                      long importId, ReportBuilder report) {
        PriceListTarget priceListTarget = (PriceListTarget) target;
        SupplierInfo supplier = priceListTarget.supplier();
        Map<String, Long> bySku = priceListTarget.parts().find(keys(rows, true));
        Map<String, Long> byReference = catalog.partIdsByUniqueManufacturerRef(keys(rows, false));
        if (request.createParts()) {
            bySku = new HashMap<>(bySku);
            bySku.putAll(create(rows, bySku, byReference, write, report));
        }
        List<PriceLine> lines = new ArrayList<>();
        List<RowResult.Valid<CatalogRow>> accepted = new ArrayList<>();
        for (RowResult.Valid<CatalogRow> valid : rows) {
            CatalogRow row = valid.value();
            Long partId = partOf(row, bySku, byReference);
            if (partId == null) {
                rejectUnknownPart(report, valid.line(), row, request.createParts());
                continue;
            }
            accepted.add(valid);
            lines.add(new PriceLine(row.supplierRef(), partId, row.price(), row.currency(), row.minOrderQty(),
                    row.packSize(), row.leadTimeDays(), row.preferred()));
        }
        merge(priceListTarget, lines, write, importId).forEach(report::count);
    }

    private List<OfferOutcome> merge(PriceListTarget target, List<PriceLine> lines, boolean write, long importId) {
        if (write && target.newOffers().get()) {
            Optional<List<OfferOutcome>> outcomes = catalog.mergeNewOffers(target.supplier(), lines, importId);
            if (outcomes.isPresent()) {
                return outcomes.get();
            }
            target.newOffers().set(false);
        }
        return catalog.mergeOffers(target.supplier(), lines, write, importId);
    }

    private Map<String, Long> create(List<RowResult.Valid<CatalogRow>> rows, Map<String, Long> bySku,
                                     Map<String, Long> byReference, boolean write, ReportBuilder report) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (RowResult.Valid<CatalogRow> valid : rows) {
            CatalogRow row = valid.value();
            if (row.sku() != null && row.name() != null && partOf(row, bySku, byReference) == null) {
                missing.putIfAbsent(row.sku(), row.name());
            }
        }
        if (!write) {
            report.partsCreated += missing.size();
            Map<String, Long> planned = new LinkedHashMap<>();
            missing.keySet().forEach(sku -> planned.put(sku, -1L));
            return planned;
        }
        NewParts created = catalog.createParts(missing, null);
        report.partsCreated += created.created();
        return created.ids();
    }

    private static Long partOf(CatalogRow row, Map<String, Long> bySku, Map<String, Long> byReference) {
        Long id = row.sku() == null ? null : bySku.get(row.sku().toUpperCase(Locale.ROOT));
        if (id == null && row.manufacturerRef() != null) {
            id = byReference.get(row.manufacturerRef().toUpperCase(Locale.ROOT));
        }
        return id;
    }

    private static void rejectUnknownPart(ReportBuilder report, long line, CatalogRow row, boolean createParts) {
        String sku = row.sku();
        if (sku == null) {
            report.reject(line, "manufacturerRef", row.manufacturerRef(), FieldRule.UNKNOWN_MANUFACTURER_REF,
                    "manufacturer reference '" + row.manufacturerRef() + "' names no part, or several",
                    "value", row.manufacturerRef());
        } else if (createParts && row.name() == null) {
            report.reject(line, "sku", sku, FieldRule.NO_NAME_TO_CREATE,
                    "sku '" + sku + "' is not in the catalog and the row has no name to create it with", "sku", sku);
        } else {
            report.reject(line, "sku", sku, FieldRule.UNKNOWN_SKU, "sku '" + sku + "' is not in the catalog"
                    + (createParts ? "" : " (createParts=true adds it)"), "sku", sku, "createParts", createParts);
        }
    }

    private static Set<String> keys(List<RowResult.Valid<CatalogRow>> rows, boolean sku) {
        Set<String> keys = new HashSet<>();
        for (RowResult.Valid<CatalogRow> row : rows) {
            String key = sku ? row.value().sku() : row.value().manufacturerRef();
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }
}
