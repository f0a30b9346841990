package fr.sav.csvimport;

/** One counted line of an inventory: how many of a part in a condition (null when the file gives none). */
public record StockCountRow(String sku, StockCondition condition, int countedQuantity) {
}
