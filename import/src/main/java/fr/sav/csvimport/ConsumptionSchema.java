package fr.sav.csvimport;

import java.util.List;

/** The consumption-history fields, their rules and the headers ERP exports give them. */
final class ConsumptionSchema {

    static final ImportField<String> SKU = ImportField.required("sku", CellTypes.sku(), StockCountSchema.SKU_HEADERS);
    static final ImportField<UsagePeriod> PERIOD = ImportField.required("period", CellTypes.period(),
            "date", "période", "week", "semaine", "month", "mois", "day", "jour", "date de sortie",
            "date consommation", "date de consommation");
    static final ImportField<Integer> QUANTITY = ImportField.required("quantity",
            CellTypes.wholeNumber(0, 1_000_000_000), "qty", "quantité", "qte", "qté", "consumed", "consommé",
            "consommation", "quantité consommée", "sorties", "usage", "issued");

    private ConsumptionSchema() {
    }

    static ImportSchema<ConsumptionRow> create() {
        return new ImportSchema<>("consumption-history", List.of(SKU, PERIOD, QUANTITY), List.of(),
                values -> new ConsumptionRow(values.get(SKU), values.get(PERIOD), values.get(QUANTITY)));
    }
}
