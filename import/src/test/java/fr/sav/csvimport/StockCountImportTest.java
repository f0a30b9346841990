package fr.sav.csvimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static fr.sav.csvimport.ImportSchema.STOCK_COUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StockCountImportTest {

    @Test
    void tabSeparatedUtf8WithByteOrderMarkIsRead() {
        Files.Read<StockCountRow> read = Files.read(Files.resource("stock-count-tab-bom.tsv"), STOCK_COUNT);

        assertEquals(Delimiter.TAB, read.format().delimiter());
        assertEquals(StandardCharsets.UTF_8, read.format().charset());
        assertTrue(read.format().byteOrderMark());
        assertEquals("SKU", read.format().columns().get("sku"));
        assertEquals("Quantité comptée", read.format().columns().get("countedQuantity"));
        assertEquals(List.of("Emplacement"), read.format().ignoredHeaders());
        assertEquals(List.of(
                new StockCountRow("LV-PMP-0042", StockCondition.NEW, 12),
                new StockCountRow("LV-PMP-0042", StockCondition.REPAIRED, 3),
                new StockCountRow("LV-JNT-0101", StockCondition.RECONDITIONED, 1250),
                new StockCountRow("FR-CRT-0007", StockCondition.USED, 0),
                new StockCountRow("TV-ALIM-0003", StockCondition.DEFECTIVE, 2),
                new StockCountRow("TV-ALIM-0004", null, 7),
                new StockCountRow("LV-PMP-0099", StockCondition.DEFECTIVE, 1)),
                List.of(read.value(2), read.value(3), read.value(4), read.value(5), read.value(6), read.value(7),
                        read.value(8)));
    }

    @Test
    void badConditionsAndCountsAreRowErrors() {
        String file = "Référence;Etat;Qté\nLV-1;cassé;2\nLV-2;neuf;-1\nLV-3;neuf;\nLV-4;occasion;1,5\n";

        Files.Read<StockCountRow> read = Files.read(file, STOCK_COUNT);

        assertEquals(List.of(new RowError(2, "condition", "Etat", "cassé", "condition 'cassé' is not a known "
                + "condition: use NEW, REPAIRED, RECONDITIONED, USED or DEFECTIVE (or neuf, réparé, reconditionné, "
                + "occasion, défectueux)", RowRule.UNKNOWN_CONDITION,
                Map.of("allowed", List.of("NEW", "REPAIRED", "RECONDITIONED", "USED", "DEFECTIVE")))), read.errors(2));
        assertEquals(List.of(new RowError(3, "countedQuantity", "Qté", "-1", "countedQuantity '-1' must not be negative",
                RowRule.NOT_NEGATIVE, Map.of())),
                read.errors(3));
        assertEquals(List.of(new RowError(4, "countedQuantity", "Qté", "", "countedQuantity is missing", RowRule.REQUIRED, Map.of())),
                read.errors(4));
        assertEquals(List.of(new RowError(5, "countedQuantity", "Qté", "1,5", "countedQuantity '1,5' is not a whole number",
                RowRule.NOT_A_WHOLE_NUMBER, Map.of())),
                read.errors(5));
    }

    @Test
    void aCountWithoutQuantityColumnIsAFileError() {
        UnreadableFile error = assertThrows(UnreadableFile.class,
                () -> Files.read("SKU;Etat;Emplacement\nLV-1;neuf;A-01\n", STOCK_COUNT));

        assertEquals(UnreadableFile.Reason.MISSING_COLUMNS, error.reason());
        assertTrue(error.getMessage().startsWith("The file has no column for countedQuantity (a header such as "
                + "'counted', 'counted qty', 'count'). Headers found: 'SKU', 'Etat', 'Emplacement'."), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"neuf, NEW", "NEW, NEW", "Neuve, NEW", "réparé, REPAIRED", "REPARE, REPAIRED",
        "reconditionné, RECONDITIONED", "remis en état, RECONDITIONED", "Occasion, USED", "d'occasion, USED",
        "défectueux, DEFECTIVE", "à réparer, DEFECTIVE", "A REPARER, DEFECTIVE", "usagé, DEFECTIVE", "HS, DEFECTIVE"})
    void conditionsAreReadFromEnglishAndFrenchWords(String word, StockCondition condition) {
        assertEquals(condition, StockCondition.parse(word));
    }
}
