package fr.sav.csvimport;

import java.math.BigDecimal;
import java.util.List;

/** The supplier-catalog fields, their rules and the headers suppliers give them. */
final class CatalogSchema {

    static final ImportField<String> SUPPLIER_REF = ImportField.required("supplierRef", CellTypes.oneLine(60),
            "supplier ref", "supplier reference", "supplier part number", "supplier sku", "vendor ref",
            "vendor part number", "ref fournisseur", "référence fournisseur", "ref frs", "référence frs",
            "référence", "reference", "ref", "code article", "article", "n° article", "item number", "item",
            "catalog number", "référence catalogue", "ref catalogue");
    static final ImportField<String> SKU = ImportField.optional("sku", CellTypes.sku(),
            "our ref", "our sku", "our reference", "internal ref", "notre référence", "notre ref",
            "ref interne", "référence interne", "code interne", "code sav");
    static final ImportField<String> MANUFACTURER_REF = ImportField.optional("manufacturerRef",
            CellTypes.oneLine(60), "manufacturer ref", "manufacturer reference", "manufacturer part number",
            "mpn", "oem", "oem ref", "oem reference", "ref constructeur", "référence constructeur",
            "ref fabricant", "référence fabricant", "ref origine", "référence origine", "référence d'origine");
    static final ImportField<String> NAME = ImportField.optional("name", CellTypes.oneLine(200),
            "description", "designation", "désignation", "libellé", "label", "product name", "product",
            "article name", "nom", "intitulé", "item description");
    static final ImportField<BigDecimal> PRICE = ImportField.required("price",
            CellTypes.decimal(BigDecimal.ZERO, 4, 8), "prix", "prix unitaire", "unit price", "prix ht",
            "prix unitaire ht", "pu ht", "pu", "tarif", "tarif ht", "prix net", "net price", "prix achat",
            "prix d'achat", "purchase price", "cost", "coût", "coût unitaire", "unit cost");
    static final ImportField<String> CURRENCY = ImportField.optional("currency", CellTypes.currency(),
            "devise", "monnaie", "ccy", "cur");
    static final ImportField<Integer> MIN_ORDER_QTY = ImportField.optional("minOrderQty",
            CellTypes.wholeNumber(1, 1_000_000), "min order qty", "minimum order quantity", "moq", "min qty",
            "minimum", "qté min", "qté mini", "quantité minimum", "quantité minimale", "minimum de commande",
            "qté minimum de commande", "quantité minimum de commande");
    static final ImportField<Integer> PACK_SIZE = ImportField.optional("packSize",
            CellTypes.wholeNumber(1, 1_000_000), "pack size", "pack", "packaging", "conditionnement",
            "colisage", "qté par colis", "unité de vente", "uv", "lot", "quantité par lot", "pcb");
    static final ImportField<Integer> LEAD_TIME_DAYS = ImportField.optional("leadTimeDays",
            CellTypes.wholeNumber(0, 3650), "lead time", "lead time days", "lead time in days", "delivery time",
            "délai", "délai livraison", "délai de livraison", "délai jours", "délai d'approvisionnement");
    static final ImportField<Boolean> PREFERRED = ImportField.optional("preferred", CellTypes.yesNo(),
            "preferred supplier", "préféré", "fournisseur préféré", "principal", "default", "par défaut");

    private CatalogSchema() {
    }

    static ImportSchema<CatalogRow> create() {
        return new ImportSchema<>("supplier-catalog",
                List.of(SUPPLIER_REF, SKU, MANUFACTURER_REF, NAME, PRICE, CURRENCY, MIN_ORDER_QTY, PACK_SIZE,
                        LEAD_TIME_DAYS, PREFERRED),
                List.of(List.of(SKU, MANUFACTURER_REF)),
                values -> new CatalogRow(values.get(SUPPLIER_REF), values.get(SKU), values.get(MANUFACTURER_REF),
                        values.get(NAME), values.get(PRICE), values.get(CURRENCY), values.get(MIN_ORDER_QTY),
                        values.get(PACK_SIZE), values.get(LEAD_TIME_DAYS), values.get(PREFERRED)));
    }
}
