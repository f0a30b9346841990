package fr.sav.csvimport;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of import: the fields it reads, the groups of fields of which each row needs at least one,
 * and the typed row a valid record becomes.
 */
public final class ImportSchema<T> {

    /** A supplier's price list: rows are {@link CatalogRow}. */
    public static final ImportSchema<CatalogRow> SUPPLIER_CATALOG = CatalogSchema.create();
    /** An inventory count of one location: rows are {@link StockCountRow}. */
    public static final ImportSchema<StockCountRow> STOCK_COUNT = StockCountSchema.create();
    /** Past consumption per part and period: rows are {@link ConsumptionRow}. */
    public static final ImportSchema<ConsumptionRow> CONSUMPTION_HISTORY = ConsumptionSchema.create();

    private final String name;
    private final List<ImportField<?>> fields;
    private final List<List<ImportField<?>>> oneOfGroups;
    private final Function<Values, T> rowBuilder;

    ImportSchema(String name, List<ImportField<?>> fields, List<List<ImportField<?>>> oneOfGroups,
                 Function<Values, T> rowBuilder) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.oneOfGroups = oneOfGroups.stream().map(List::copyOf).toList();
        this.rowBuilder = rowBuilder;
    }

    /** The import's name, as in the URL: supplier-catalog, stock-count, consumption-history. */
    public String name() {
        return name;
    }

    public List<ImportField<?>> fields() {
        return fields;
    }

    /** Groups of optional fields of which a file needs at least one column, and a row at least one value. */
    public List<List<ImportField<?>>> oneOfGroups() {
        return oneOfGroups;
    }

    /** The field of that name, compared without case. */
    public Optional<ImportField<?>> field(String fieldName) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(fieldName.trim())).findFirst();
    }

    T build(Values values) {
        return rowBuilder.apply(values);
    }

    @Override
    public String toString() {
        return name;
    }
}
