package fr.sav.csvimport;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.sav.csvimport.ImportSchema.SUPPLIER_CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BadRowsTest {

    private static final String LONG_REF = "BAD-11-" + "X".repeat(54);

    private final Files.Read<CatalogRow> read = Files.read(Files.resource("catalog-bad-rows.csv"), SUPPLIER_CATALOG);

    @Test
    void onlyTheGoodRowsGiveValues() {
        List<Long> valid = read.rows().stream().filter(RowResult::isValid).map(RowResult::line).toList();

        assertEquals(List.of(2L, 19L), valid);
        assertEquals("LV-OK-0019", read.value(19).sku());
    }

    @Test
    void aRowOfEmptyCellsIsIgnoredLikeABlankLine() {
        assertEquals(17, read.rows().size());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 18L, 19L), read.lines());
    }

    @Test
    void everyBadRowNamesItsLineColumnValueAndProblem() {
        assertEquals(List.of(error(3, "supplierRef", "Réf fournisseur", "", "supplierRef is missing", RowRule.REQUIRED)), read.errors(3));
        assertEquals(List.of(error(4, "price", "Prix", "douze", "price 'douze' is not a number", RowRule.NOT_A_NUMBER)), read.errors(4));
        assertEquals(List.of(error(5, "price", "Prix", "-3,50", "price '-3,50' must not be negative",
                RowRule.NOT_NEGATIVE)), read.errors(5));
        assertEquals(List.of(error(6, "minOrderQty", "MOQ", "deux", "minOrderQty 'deux' is not a number",
                RowRule.NOT_A_NUMBER)),
                read.errors(6));
        assertEquals(List.of(error(7, "minOrderQty", "MOQ", "0", "minOrderQty '0' must be at least 1",
                RowRule.AT_LEAST, "min", 1)), read.errors(7));
        assertEquals(List.of(error(8, "currency", "Devise", "EURO",
                "currency 'EURO' is not a 3-letter currency code such as EUR", RowRule.CURRENCY_CODE)), read.errors(8));
        assertEquals(List.of(error(9, "price", "Prix", "3,123456", "price '3,123456' has more than 4 decimals",
                RowRule.TOO_MANY_DECIMALS, "max", 4)),
                read.errors(9));
        assertEquals(List.of(new RowError(10, "sku or manufacturerRef", null, "",
                "sku or manufacturerRef is missing: one of them is needed to find the part", RowRule.MISSING,
                        Map.of("fields", List.of("sku", "manufacturerRef")))), read.errors(10));
        assertEquals(List.of(error(11, "supplierRef", "Réf fournisseur", LONG_REF,
                "supplierRef '" + LONG_REF.substring(0, 60) + "…' is longer than 60 characters", RowRule.TOO_LONG, "max", 60)), read.errors(11));
        assertEquals(List.of(error(12, "sku", "SKU", "LV BAD 12",
                "sku 'LV BAD 12' may hold only letters, digits, '.', '-' and '_'", RowRule.CODE_CHARACTERS)), read.errors(12));
        assertEquals(List.of(error(13, "price", "Prix", "12,34,56", "price '12,34,56' is not a number",
                RowRule.NOT_A_NUMBER)),
                read.errors(13));
        assertEquals(List.of(error(14, "packSize", "Colisage", "2,5", "packSize '2,5' is not a whole number",
                RowRule.NOT_A_WHOLE_NUMBER)),
                read.errors(14));
        assertEquals(List.of(error(15, "leadTimeDays", "Délai", "-1", "leadTimeDays '-1' must not be negative",
                RowRule.NOT_NEGATIVE)),
                read.errors(15));
        assertEquals(List.of(error(16, "preferred", "Préféré", "peut-être",
                "preferred 'peut-être' is not yes or no (oui/non, yes/no, 1/0, x)", RowRule.NOT_YES_OR_NO)), read.errors(16));
    }

    @Test
    void aRowWithSeveralProblemsReportsThemAll() {
        assertEquals(List.of(
                error(18, "price", "Prix", "", "price is missing", RowRule.REQUIRED),
                error(18, "currency", "Devise", "XX", "currency 'XX' is not a 3-letter currency code such as EUR",
                        RowRule.CURRENCY_CODE),
                new RowError(18, "sku or manufacturerRef", null, "",
                        "sku or manufacturerRef is missing: one of them is needed to find the part", RowRule.MISSING,
                        Map.of("fields", List.of("sku", "manufacturerRef")))),
                read.errors(18));
    }

    @Test
    void anErrorReadsAsLineColumnAndMessage() {
        assertEquals("line 4, column 'Prix': price 'douze' is not a number", read.errors(4).get(0).toString());
    }

    private static RowError error(long line, String field, String header, String value, String message,
                                  RowRule rule, Object... facts) {
        return new RowError(line, field, header, value, message, rule, RowError.factsOf(facts));
    }
}
