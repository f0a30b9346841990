package fr.sav.csvimport;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static fr.sav.csvimport.ImportSchema.SUPPLIER_CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FormatDetectionTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void semicolonWinsOverDecimalCommasThatSplitEveryRowAlike() {
        Files.Read<CatalogRow> read = Files.read("Réf;SKU;Prix\nA-1;LV-1;10,50\nA-2;LV-2;11,50\n", SUPPLIER_CATALOG);

        assertEquals(Delimiter.SEMICOLON, read.format().delimiter());
        assertEquals(new BigDecimal("10.50"), read.value(2).price());
    }

    @Test
    void tabWinsOverCommasInsideDescriptions() {
        Files.Read<CatalogRow> read = Files.read("Réf\tSKU\tDésignation\tPrix\nA-1\tLV-1\tPompe, 30 W, 230 V\t10.50\n",
                SUPPLIER_CATALOG);

        assertEquals(Delimiter.TAB, read.format().delimiter());
        assertEquals("Pompe, 30 W, 230 V", read.value(2).name());
    }

    @Test
    void commaWinsOverSemicolonsInsideQuotedValues() {
        Files.Read<CatalogRow> read = Files.read("Ref,SKU,Name,Price\nA-1,LV-1,\"Pump; 30 W; 230 V\",10.50\n"
                + "A-2,LV-2,\"Seal; XL\",\"1,234.00\"\n", SUPPLIER_CATALOG);

        assertEquals(Delimiter.COMMA, read.format().delimiter());
        assertEquals("Pump; 30 W; 230 V", read.value(2).name());
        assertEquals(new BigDecimal("1234.00"), read.value(3).price());
    }

    @Test
    void aDelimiterThatSplitsTheRowsConsistentlyWinsOverAWiderHeader() {
        Files.Read<CatalogRow> read = Files.read("Ref;SKU;Price;Notes (a,b,c,d,e)\nA-1;LV-1;10.50;x\nA-2;LV-2;11.50;\n",
                SUPPLIER_CATALOG);

        assertEquals(Delimiter.SEMICOLON, read.format().delimiter());
        assertEquals(List.of("Notes (a,b,c,d,e)"), read.format().ignoredHeaders());
        assertEquals(new BigDecimal("11.50"), read.value(3).price());
    }

    @Test
    void wellFormedUtf8WithoutByteOrderMarkIsUtf8() {
        Files.Read<CatalogRow> read = Files.read("Réf;SKU;Désignation;Prix\nA-1;LV-1;Résistance;10,00\n", SUPPLIER_CATALOG);

        assertEquals(StandardCharsets.UTF_8, read.format().charset());
        assertFalse(read.format().byteOrderMark());
        assertEquals("Résistance", read.value(2).name());
    }

    @Test
    void aWindows1252ByteFarPastTheDetectionPrefixStillReadsAsAnAccent() {
        String head = "Réf;SKU;Désignation;Prix\n".replace("é", "e")
                + "A-1;LV-1;Pump;10,00\n".repeat(InputPrefix.SIZE / 20 + 100);
        byte[] file = concat(head.getBytes(StandardCharsets.US_ASCII), "A-2;LV-2;Résistance;10,00\n".getBytes(WINDOWS_1252));

        Files.Read<CatalogRow> read = Files.read(file, SUPPLIER_CATALOG);

        assertEquals(StandardCharsets.UTF_8, read.format().charset());
        assertEquals("Résistance", read.rows().get(read.rows().size() - 1) instanceof RowResult.Valid<CatalogRow> last
                ? last.value().name() : "rejected");
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] file = concat(bom, "Réf\tSKU\tPrix\r\nA-1\tLV-1\t10,00\r\n".getBytes(StandardCharsets.UTF_16LE));

        Files.Read<CatalogRow> read = Files.read(file, SUPPLIER_CATALOG);

        assertEquals(StandardCharsets.UTF_16LE, read.format().charset());
        assertEquals(Delimiter.TAB, read.format().delimiter());
        assertEquals(new CatalogRow("A-1", "LV-1", null, null, new BigDecimal("10.00"), null, null, null, null, null),
                read.value(2));
    }

    @Test
    void aForcedCharsetIsUsed() {
        byte[] file = "Ref;SKU;Designation;Prix\nA-1;LV-1;Résistance;10,00\n".getBytes(StandardCharsets.UTF_8);

        Files.Read<CatalogRow> read = Files.read(file, SUPPLIER_CATALOG, CsvOptions.detectAll().withCharset(WINDOWS_1252));

        assertEquals(WINDOWS_1252, read.format().charset());

        assertEquals("RÃ©sistance", read.value(2).name());
    }

    @Test
    void anAmbiguousPriceInASemicolonFileHasADecimalComma() {
        Files.Read<CatalogRow> read = Files.read("Réf;SKU;Prix\nA-1;LV-1;1,234\nA-2;LV-2;1.234\n", SUPPLIER_CATALOG);

        assertEquals(DecimalSeparator.COMMA, read.format().decimalSeparator());
        assertEquals(List.of(new BigDecimal("1.234"), new BigDecimal("1234")),
                List.of(read.value(2).price(), read.value(3).price()));
    }

    @Test
    void anAmbiguousPriceInACommaFileHasADecimalDot() {
        Files.Read<CatalogRow> read = Files.read("Ref,SKU,Price\nA-1,LV-1,1.234\nA-2,LV-2,\"1,234\"\n", SUPPLIER_CATALOG);

        assertEquals(DecimalSeparator.DOT, read.format().decimalSeparator());
        assertEquals(List.of(new BigDecimal("1.234"), new BigDecimal("1234")),
                List.of(read.value(2).price(), read.value(3).price()));
    }

    @Test
    void unambiguousValuesElsewhereInTheFileDecideTheAmbiguousOnes() {
        Files.Read<CatalogRow> read = Files.read("Réf;SKU;Prix\nA-1;LV-1;1,234\nA-2;LV-2;12.50\nA-3;LV-3;0.5\n",
                SUPPLIER_CATALOG);

        assertEquals(DecimalSeparator.DOT, read.format().decimalSeparator());
        assertEquals(new BigDecimal("1234"), read.value(2).price());
    }

    @Test
    void aForcedDecimalSeparatorDecidesTheAmbiguousValues() {
        byte[] file = "Réf;SKU;Prix\nA-1;LV-1;1,234\n".getBytes(StandardCharsets.UTF_8);

        Files.Read<CatalogRow> read = Files.read(file, SUPPLIER_CATALOG,
                CsvOptions.detectAll().withDecimalSeparator(DecimalSeparator.DOT));

        assertEquals(new BigDecimal("1234"), read.value(2).price());
    }

    @Test
    void blankLinesBeforeTheHeaderKeepPhysicalLineNumbers() {
        Files.Read<CatalogRow> read = Files.read("\n\nRéf;SKU;Prix\n\nA-1;LV-1;10,00\r\n\r\nA-2;LV-2;11,00", SUPPLIER_CATALOG);

        assertEquals(List.of(5L, 7L), read.lines());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
