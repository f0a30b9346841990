package fr.sav.inventory.imports;

import fr.sav.csvimport.ImportSchema;
import fr.sav.csvimport.RowResult;
import fr.sav.csvimport.StockCountRow;
import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.InsufficientStock;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.Warehouse;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An inventory count of one location: for each counted sku and condition (NEW when none), only the
 * difference from what is on hand becomes an ADJUSTMENT, through the ledger. Serialized parts are counted
 * by scanning their units, not by quantity; a line counts at most what one movement may carry.
 */
@Singleton
class StockCountImporter implements Importer<StockCountRow> {

    private final Catalog catalog;
    private final Warehouse warehouse;

    StockCountImporter(Catalog catalog, Warehouse warehouse) {
        this.catalog = catalog;
        this.warehouse = warehouse;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STOCK_COUNT;
    }

    @Override
    public ImportSchema<StockCountRow> schema() {
        return ImportSchema.STOCK_COUNT;
    }

    @Override
    public int chunkSize() {
        return 50;
    }

    @Override
    public Object target(ImportRequest request) {
        if (request.target() == null || request.target().isBlank()) {
            throw new InvalidRequest("location", FieldRule.LOCATION_COUNTED,
                    "say which location was counted: ?location=CODE");
        }
        return catalog.location(request.target());
    }

    @Override
    public void apply(Object target, List<RowResult.Valid<StockCountRow>> rows, ImportRequest request, boolean write,
                      long importId, ReportBuilder report) {
        LocationInfo location = (LocationInfo) target;
        Map<String, Long> seen = new HashMap<>();
        for (RowResult.Valid<StockCountRow> valid : rows) {
            StockCountRow row = valid.value();
            Condition condition = row.condition() == null ? Condition.NEW : Condition.valueOf(row.condition().name());
            Optional<PartInfo> part = catalog.findPart(row.sku());
            Long earlier = seen.putIfAbsent(row.sku() + "/" + condition, valid.line());
            if (part.isEmpty()) {
                report.reject(valid.line(), "sku", row.sku(), FieldRule.UNKNOWN_SKU,
                        "sku '" + row.sku() + "' is not in the catalog", "sku", row.sku());
            } else if (part.get().serialized()) {
                report.reject(valid.line(), "sku", row.sku(), FieldRule.COUNT_BY_SCANNING, row.sku()
                        + " is serialized: count its units by scanning them, not by quantity", "sku", row.sku());
            } else if (earlier != null) {
                report.reject(valid.line(), "sku", row.sku(), FieldRule.COUNTED_TWICE, row.sku() + " " + condition
                        + " was already counted on line " + earlier, "sku", row.sku(), "condition", condition.name(),
                        "line", earlier);
            } else if (row.countedQuantity() > StockChange.MAX_QUANTITY) {
                report.reject(valid.line(), "countedQuantity", String.valueOf(row.countedQuantity()), FieldRule.AT_MOST,
                        "at most " + StockChange.MAX_QUANTITY + " pieces per line, as for one movement: check the count",
                        "max", StockChange.MAX_QUANTITY);
            } else {
                count(part.get(), new Place(location, condition), row.countedQuantity(), valid.line(), write, importId,
                        request.actor(), report);
            }
        }
    }

    private void count(PartInfo part, Place place, int counted, long line, boolean write, long importId, String actor,
                       ReportBuilder report) {
        if (!write) {
            int onHand = warehouse.onHand(part.id(), place);
            report.count(onHand == counted ? Outcome.UNCHANGED : onHand == 0 ? Outcome.CREATED : Outcome.UPDATED);
            return;
        }
        try {
            int before = warehouse.onHand(part.id(), place);
            boolean changed = warehouse.count(part, place, counted, "stock count, import #" + importId + " line " + line,
                    "IMPORT-" + importId, actor).isPresent();
            report.count(!changed ? Outcome.UNCHANGED : before == 0 ? Outcome.CREATED : Outcome.UPDATED);
        } catch (InsufficientStock reserved) {
            report.reject(line, "countedQuantity", String.valueOf(counted), FieldRule.RESERVED_MORE, "counted " + counted
                    + " but more of " + part.sku() + " " + place.condition() + " are reserved at "
                    + place.location().code() + ": release reservations first", "counted", counted, "sku", part.sku(),
                    "condition", place.condition().name(), "location", place.location().code());
        }
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }
}
