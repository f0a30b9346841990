package fr.sav.inventory.imports;

import fr.sav.csvimport.ConsumptionRow;
import fr.sav.csvimport.ImportSchema;
import fr.sav.csvimport.RowResult;
import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.purchasing.Purchasing;
import fr.sav.inventory.purchasing.PeriodUsage;
import fr.sav.inventory.shared.FieldRule;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Legacy usage (sku, day/week/month, quantity) kept as demand history for reorder suggestions. */
@Singleton
class ConsumptionImporter implements Importer<ConsumptionRow> {

    private final Catalog catalog;
    private final Purchasing history;

    ConsumptionImporter(Catalog catalog, Purchasing history) {
        this.catalog = catalog;
        this.history = history;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CONSUMPTION_HISTORY;
    }

    @Override
    public ImportSchema<ConsumptionRow> schema() {
        return ImportSchema.CONSUMPTION_HISTORY;
    }

    @Override
    public Object target(ImportRequest request) {
        return "demand history";
    }

    @Override
    public void apply(Object target, List<RowResult.Valid<ConsumptionRow>> rows, ImportRequest request, boolean write,
                      long importId, ReportBuilder report) {
        Set<String> skus = new HashSet<>();
        rows.forEach(row -> skus.add(row.value().sku()));
        Map<String, Long> ids = catalog.partIdsBySku(skus);
        List<PeriodUsage> usages = new ArrayList<>();
        for (RowResult.Valid<ConsumptionRow> valid : rows) {
            ConsumptionRow row = valid.value();
            Long partId = ids.get(row.sku().toUpperCase(Locale.ROOT));
            if (partId == null) {
                report.reject(valid.line(), "sku", row.sku(), FieldRule.UNKNOWN_SKU,
                        "sku '" + row.sku() + "' is not in the catalog", "sku", row.sku());
                continue;
            }
            usages.add(new PeriodUsage(partId, row.period().start(), row.period().kind().name(), row.quantity()));
        }
        history.recordUsage(usages, write, importId).forEach(report::count);
    }
}
