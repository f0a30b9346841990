package fr.sav.csvimport;

import fr.sav.csvimport.UnreadableFile.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static fr.sav.csvimport.ImportSchema.SUPPLIER_CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotCsvFileTest {

    static Stream<Arguments> notCsv() {
        return Stream.of(
                Arguments.of("empty", new byte[0], Reason.EMPTY, "The file is empty."),
                Arguments.of("blank lines", text("\r\n  \n\n"), Reason.EMPTY, "no data"),
                Arguments.of("byte order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Reason.EMPTY,
                        "no data"),
                Arguments.of("PDF", text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n"), Reason.PDF,
                        "The file is a PDF document, not a CSV file."),
                Arguments.of("xlsx", bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00),
                        Reason.ZIP_OR_XLSX, "Excel workbook (.xlsx)"),
                Arguments.of("xls", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00),
                        Reason.OLD_EXCEL, "old Excel workbook (.xls)"),
                Arguments.of("PNG", bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D),
                        Reason.BINARY, "binary data"),
                Arguments.of("HTML table", text("<html><body><table><tr><td>Ref</td></tr></table></body></html>"),
                        Reason.MARKUP, "web page"),
                Arguments.of("single column", text("Référence fournisseur\nA-1\nA-2\n"), Reason.SINGLE_COLUMN,
                        "The first line ('Référence fournisseur') holds a single column"),
                Arguments.of("quote never closed", text("Réf;SKU;Prix\nA-1;LV-1;10,00\nA-2;\"LV-2;11,00\nA-3;LV-3;12,00\n"),
                        Reason.UNTERMINATED_QUOTE, "The quote (\") that opens a value on line 3 is never closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCsv")
    void filesThatAreNotCsvAreRefusedAsAWhole(String kind, byte[] file, Reason reason, String message) {
        UnreadableFile error = assertThrows(UnreadableFile.class, () -> Files.read(file, SUPPLIER_CATALOG));

        assertEquals(reason, error.reason());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void aQuoteOpenedPastTheDetectionPrefixStopsTheReadingAtTheEnd() {
        StringBuilder file = new StringBuilder("Réf;SKU;Prix\n");
        for (int i = 2; i <= 3000; i++) {
            file.append("REF-").append(i).append(";LV-").append(i).append(";10,00\n");
        }
        file.append("REF-3001;\"LV-3001;10,00\n").append("REF-3002;LV-3002;10,00\n".repeat(10));
        assertTrue(file.length() > InputPrefix.SIZE);
        List<RowResult<CatalogRow>> rows = new ArrayList<>();

        UnreadableFile error;
        try (ImportRows<CatalogRow> read = Files.open(text(file.toString()), SUPPLIER_CATALOG, CsvOptions.detectAll())) {
            Iterator<RowResult<CatalogRow>> iterator = read.iterator();
            error = assertThrows(UnreadableFile.class, () -> iterator.forEachRemaining(rows::add));
        }

        assertEquals(Reason.UNTERMINATED_QUOTE, error.reason());
        assertEquals(3001, error.line());
        assertEquals(2999, rows.size());
        assertEquals(3000, rows.get(rows.size() - 1).line());
    }

    @Test
    void aRunawayQuoteIsStoppedBeforeItFillsTheMemory() {
        String file = "Réf;SKU;Prix\nA-1;LV-1;10,00\nA-2;\"LV-2;11,00\n" + "A-3;LV-3;12,00\n".repeat(80_000);
        List<RowResult<CatalogRow>> rows = new ArrayList<>();

        UnreadableFile error;
        try (ImportRows<CatalogRow> read = Files.open(text(file), SUPPLIER_CATALOG, CsvOptions.detectAll())) {
            Iterator<RowResult<CatalogRow>> iterator = read.iterator();
            error = assertThrows(UnreadableFile.class, () -> iterator.forEachRemaining(rows::add));
        }

        assertEquals(Reason.UNTERMINATED_QUOTE, error.reason());
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("is still open 1000000 characters later"), error.getMessage());
        assertEquals(List.of(2L), rows.stream().map(RowResult::line).toList());
    }

    @Test
    void aHeaderWithoutDataRowsGivesNoRows() {
        Files.Read<CatalogRow> read = Files.read("Réf;SKU;Prix\n", SUPPLIER_CATALOG);

        assertEquals(List.of(), read.rows());
    }

    @Test
    void aForcedDelimiterThatLeavesOneColumnIsAFileError() {
        byte[] file = text("Réf;SKU;Prix\nA-1;LV-1;10,00\n");

        UnreadableFile error = assertThrows(UnreadableFile.class,
                () -> Files.read(file, SUPPLIER_CATALOG, CsvOptions.detectAll().withDelimiter(Delimiter.TAB)));

        assertEquals(Reason.SINGLE_COLUMN, error.reason());
        assertEquals("The header line ('Réf;SKU;Prix') holds a single column: the columns must be separated by 'tab'.",
                error.getMessage());
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
