package fr.sav.csvimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Map;

import static fr.sav.csvimport.ImportSchema.SUPPLIER_CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupplierCatalogImportTest {

    @Test
    void semicolonWindows1252FileWithDecimalCommaIsRead() {
        byte[] file = Files.resource("catalog-fr-excel.csv");
        assertEquals((byte) 0xE9, file[1], "the fixture must hold é as the Windows-1252 byte 0xE9");

        Files.Read<CatalogRow> read = Files.read(file, SUPPLIER_CATALOG);

        assertEquals(Delimiter.SEMICOLON, read.format().delimiter());
        assertEquals("windows-1252", read.format().charset().name());
        assertEquals(DecimalSeparator.COMMA, read.format().decimalSeparator());
        assertEquals("Réf. fournisseur", read.format().columns().get("supplierRef"));
        assertEquals(List.of(2L, 3L, 4L, 6L, 7L, 8L), read.lines());
        assertEquals(new CatalogRow("ASK-845002", "LV-PMP-0042", "AS-845002", "Pompe de vidange Askoll 30 W",
                new BigDecimal("18.90"), "EUR", 1, 1, 3, true), read.value(2));
        assertEquals(new CatalogRow("ASK-845010", "LV-PMP-0043", null, "Pompe de cyclage 220 V",
                new BigDecimal("1234.50"), "EUR", 2, 1, 5, false), read.value(3));
        assertEquals(new CatalogRow("WP-481010", null, "481010595149", "Résistance séchage 2000 W",
                new BigDecimal("42.5"), null, null, null, null, null), read.value(4));
        assertEquals(new CatalogRow("BSH-00754866", "LV-JNT-0101", "00754866", "Joint de hublot \"Bosch\" (lave-linge)",
                new BigDecimal("27.35"), "EUR", 5, 5, 10, true), read.value(6));
        assertEquals(new CatalogRow("ELX-1.234", "FR-CRT-0007", null, "Carte de puissance réfrigérateur",
                new BigDecimal("1234.00"), "EUR", 1, 1, 21, null), read.value(7));
        assertEquals(new CatalogRow("SEB-SS-993", "PC-THR-0012", "SS-993", "Thermostat four à pyrolyse",
                new BigDecimal("0.0125"), "EUR", 100, 50, 0, false), read.value(8));
    }

    @Test
    void quotedMultiLineDescriptionsKeepPhysicalLineNumbers() {
        Files.Read<CatalogRow> read = Files.read(Files.resource("catalog-multiline.csv"), SUPPLIER_CATALOG);

        assertEquals(Delimiter.COMMA, read.format().delimiter());
        assertEquals(DecimalSeparator.DOT, read.format().decimalSeparator());
        assertEquals(List.of(2L, 4L, 5L, 8L, 10L, 13L), read.lines());
        assertEquals("Universal motor, 230 V (washing machines \"Bosch\" WAE series)", read.value(2).name());
        assertEquals(new BigDecimal("189.00"), read.value(2).price());
        assertEquals("Carbon brushes, pair", read.value(4).name());
        assertEquals("Control board Rev. B, replaces \"A\"", read.value(5).name());
        assertEquals(new BigDecimal("1234.56"), read.value(5).price());
        assertEquals(List.of(new RowError(8, "price", "Unit Price", "abc", "price 'abc' is not a number",
                RowRule.NOT_A_NUMBER, Map.of())),
                read.errors(8));
        assertEquals("Seal \"XL\" (spare)", read.value(10).name());
        assertEquals(new CatalogRow("BOS-1006", "LV-HOS-0006", null, "Drain hose 2 m", new BigDecimal("7.90"),
                "USD", 1, null, null, null), read.value(13));
    }

    @Test
    void supplierHeadersAreReadThroughTheMapping() {
        Map<String, String> mapping = Map.of("supplierRef", "Art.-Nr.", "manufacturerRef", "Hersteller-Nr.",
                "name", "Bezeichnung", "price", "EK-Preis", "currency", "Währung", "packSize", "VPE",
                "leadTimeDays", "Lieferzeit");

        Files.Read<CatalogRow> read = Files.read(Files.resource("catalog-custom-headers.csv"), SUPPLIER_CATALOG,
                CsvOptions.detectAll().withMapping(mapping));

        assertEquals(List.of("Rabattgruppe"), read.format().ignoredHeaders());
        assertEquals("EK-Preis", read.format().columns().get("price"));
        assertEquals(new CatalogRow("EL-55012", null, "00263541", "Heizelement 2000 W", new BigDecimal("31.20"),
                "EUR", null, 1, 4, null), read.value(2));
        assertEquals(new CatalogRow("EL-55013", null, "00641923", "Türdichtung Frontlader", new BigDecimal("19.05"),
                "EUR", null, 10, 7, null), read.value(3));
        assertEquals(List.of(
                new RowError(4, "price", "EK-Preis", "", "price is missing", RowRule.REQUIRED, Map.of()),
                new RowError(4, "sku or manufacturerRef", null, "",
                        "sku or manufacturerRef is missing: one of them is needed to find the part", RowRule.MISSING,
                        Map.of("fields", List.of("sku", "manufacturerRef")))),
                read.errors(4));
    }

    @Test
    void withoutAMappingTheMissingColumnsAndTheHeadersFoundAreNamed() {
        byte[] file = Files.resource("catalog-custom-headers.csv");

        UnreadableFile error = assertThrows(UnreadableFile.class, () -> Files.read(file, SUPPLIER_CATALOG));

        assertEquals(UnreadableFile.Reason.MISSING_COLUMNS, error.reason());
        assertTrue(error.getMessage().startsWith("The file has no column for supplierRef (a header such as "),
                error.getMessage());
        assertTrue(error.getMessage().contains("; nor for price ("), error.getMessage());
        assertTrue(error.getMessage().contains("; nor for sku or manufacturerRef ("), error.getMessage());
        assertTrue(error.getMessage().contains("Headers found: 'Art.-Nr.', 'Hersteller-Nr.', 'Bezeichnung', "
                + "'EK-Preis', 'Währung', 'VPE', 'Lieferzeit', 'Rabattgruppe'."), error.getMessage());
    }

    @Test
    void theMappingWinsOverTheSynonyms() {
        String file = "Référence;SKU;Prix;Prix promo\nA-1;LV-1;10,00;8,50\n";

        Files.Read<CatalogRow> read = Files.read(file.getBytes(StandardCharsets.UTF_8), SUPPLIER_CATALOG,
                CsvOptions.detectAll().withMapping(Map.of("price", "prix PROMO")));

        assertEquals(new BigDecimal("8.50"), read.value(2).price());
        assertEquals(List.of("Prix"), read.format().ignoredHeaders());
    }

    @Test
    void aMappingToAHeaderTheFileLacksIsAFileError() {
        byte[] file = "Référence;SKU;Prix\nA-1;LV-1;10,00\n".getBytes(StandardCharsets.UTF_8);
        CsvOptions options = CsvOptions.detectAll().withMapping(Map.of("price", "Tarif"));

        UnreadableFile error = assertThrows(UnreadableFile.class, () -> Files.read(file, SUPPLIER_CATALOG, options));

        assertEquals("The mapping gives the column 'Tarif' for price, but the file has no such column. "
                + "Headers found: 'Référence', 'SKU', 'Prix'.", error.getMessage());
    }

    @Test
    void aMappingForAFieldTheImportDoesNotHaveIsRefused() {
        byte[] file = "Référence;SKU;Prix\nA-1;LV-1;10,00\n".getBytes(StandardCharsets.UTF_8);
        CsvOptions options = CsvOptions.detectAll().withMapping(Map.of("discount", "Remise"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Files.read(file, SUPPLIER_CATALOG, options));

        assertTrue(error.getMessage().startsWith("the mapping names 'discount', which is not a field of the "
                + "supplier-catalog import; its fields are supplierRef, sku,"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Réf. fournisseur", "REF_FOURNISSEUR", "supplier ref", "Supplier-Reference",
        "référence fournisseur", "Ref Frs"})
    void supplierRefHeadersMatchWhateverTheCaseAccentsAndPunctuation(String header) {
        String file = header + ";SKU;Prix HT (€)\nA-1;LV-1;10,00\n";

        Files.Read<CatalogRow> read = Files.read(file, SUPPLIER_CATALOG);

        assertEquals(header, read.format().columns().get("supplierRef"));
        assertEquals("A-1", read.value(2).supplierRef());
        assertEquals(new BigDecimal("10.00"), read.value(2).price());
    }

    @Test
    void headersWithAUnitAfterTheNameAreMatched() {
        String file = "Référence;Notre référence;Prix unitaire HT EUR;Délai (jours);Qté mini\nA-1;LV-1;10,00;4;2\n";

        Files.Read<CatalogRow> read = Files.read(file, SUPPLIER_CATALOG);

        assertEquals(Map.of("supplierRef", "Référence", "sku", "Notre référence", "price", "Prix unitaire HT EUR",
                "leadTimeDays", "Délai (jours)", "minOrderQty", "Qté mini"), read.format().columns());
        assertEquals(4, read.value(2).leadTimeDays());
    }
}
