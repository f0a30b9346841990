package fr.sav.csvimport;

import java.util.List;

/** The stock-count fields, their rules and the headers inventory sheets give them. */
final class StockCountSchema {

    static final String[] SKU_HEADERS = {"ref", "référence", "reference", "article", "code article", "code",
        "part", "part number", "pièce", "code pièce", "item", "ref interne", "référence interne"};

    static final ImportField<String> SKU = ImportField.required("sku", CellTypes.sku(), SKU_HEADERS);
    static final ImportField<StockCondition> CONDITION = ImportField.optional("condition", CellTypes.condition(),
            "état", "state", "grade", "qualité", "status", "statut");
    static final ImportField<Integer> COUNTED_QUANTITY = ImportField.required("countedQuantity",
            CellTypes.wholeNumber(0, 1_000_000_000), "counted", "counted qty", "count", "qty", "quantity",
            "quantité", "qte", "qté", "compté", "quantité comptée", "qté comptée", "stock compté",
            "inventaire", "stock physique", "physical stock", "on hand");

    private StockCountSchema() {
    }

    static ImportSchema<StockCountRow> create() {
        return new ImportSchema<>("stock-count", List.of(SKU, CONDITION, COUNTED_QUANTITY), List.of(),
                values -> new StockCountRow(values.get(SKU), values.get(CONDITION), values.get(COUNTED_QUANTITY)));
    }
}
