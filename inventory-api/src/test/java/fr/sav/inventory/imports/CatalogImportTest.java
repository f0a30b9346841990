package fr.sav.inventory.imports;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogImportTest extends ApiTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private String supplier;
    private String pump;
    private String motor;
    private String reference;

    @BeforeEach
    void catalog() {
        supplier = given.supplier();
        pump = given.part();
        reference = Fixtures.key("MREF");
        motor = given.part(Map.of("manufacturerRef", reference));
    }

    @Test
    void aFrenchExcelExportWithSemicolonsDecimalCommasAndWindows1252IsRead() {
        String newSku = Fixtures.key("NEW");
        String csv = String.join("\r\n",
                "Réf. fournisseur;Notre référence;Réf. fabricant;Désignation;Prix unitaire HT;Qté mini;Colisage;Délai (jours)",
                "F-001;" + pump + ";;Pompe de vidange;1 234,50;5;5;7",
                "F-002;;" + reference + ";Moteur à induction;12,5;;;",
                "F-003;" + newSku + ";;Résistance chauffante 2000 W;3,10 €;1;10;",
                "F-004;;;;;;;") + "\r\n";

        Reply report = upload("?supplier=" + supplier + "&createParts=true", csv.getBytes(WINDOWS_1252), Map.of());

        report.expect(200);
        assertEquals(4, report.integer("rowsRead"), report.text());
        assertEquals(3, report.integer("created"), report.text());
        assertEquals(1, report.integer("rejected"));
        assertEquals(1, report.integer("partsCreated"));
        assertEquals("SEMICOLON", ((Map<?, ?>) report.get("format")).get("delimiter"));
        assertEquals("windows-1252", ((Map<?, ?>) report.get("format")).get("encoding"));
        assertEquals(5, firstError(report).get("line"));
        Map<String, Object> pumpOffer = offer("F-001");
        assertEquals(1234.5, ((Number) pumpOffer.get("price")).doubleValue());
        assertEquals(5, ((Number) pumpOffer.get("minOrderQty")).intValue());
        assertEquals(12.5, ((Number) offer("F-002").get("price")).doubleValue());
        assertEquals(motor, offer("F-002").get("sku"), "matched by the manufacturer reference");
        assertEquals("Résistance chauffante 2000 W", admin.get("/api/parts/" + newSku).string("name"));
    }

    @Test
    void aTabSeparatedUtf8FileWithBomAndQuotedMultiLineDescriptionsIsRead() {
        String csv = "\uFEFFsupplier_ref\tsku\tname\tprice\n"
                + "T-1\t" + pump + "\t\"Pompe\n2e ligne\tavec tabulation\"\t10.00\n"
                + "T-2\t" + motor + "\t\"Moteur \"\"silencieux\"\"\"\t20.5\n"
                + "T-3\tNO-SUCH-" + pump + "\tx\t1\n";

        Reply report = upload("?supplier=" + supplier, csv.getBytes(StandardCharsets.UTF_8), Map.of()).expect(200);

        assertEquals(2, report.integer("created"));
        assertEquals("TAB", ((Map<?, ?>) report.get("format")).get("delimiter"));
        assertEquals(true, ((Map<?, ?>) report.get("format")).get("byteOrderMark"));
        assertEquals(5, firstError(report).get("line"), "the multi-line description counts its physical lines");
        assertEquals(20.5, ((Number) offer("T-2").get("price")).doubleValue());
    }

    @Test
    void aSupplierWhoseHeadersDifferIsReadThroughAMapping() {
        String csv = "ArtNr,Bezeichnung,Unsere Nummer,EK-Preis\nM-1,Pumpe," + pump + ",7.25\n";
        String mapping = "{\"supplierRef\":\"ArtNr\",\"sku\":\"Unsere Nummer\",\"price\":\"EK-Preis\",\"name\":\"Bezeichnung\"}";

        upload("?supplier=" + supplier, csv.getBytes(StandardCharsets.UTF_8), Map.of()).expectProblem(400, "unreadable-file");
        Reply viaField = upload("?supplier=" + supplier, csv.getBytes(StandardCharsets.UTF_8), Map.of("mapping", mapping));
        Reply viaQuery = upload("?supplier=" + supplier + "&mapping=" + java.net.URLEncoder.encode(mapping, StandardCharsets.UTF_8),
                csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertEquals(1, viaField.expect(200).integer("created"));
        assertEquals(1, viaQuery.expect(200).integer("unchanged"));
        assertEquals(7.25, ((Number) offer("M-1").get("price")).doubleValue());
    }

    @Test
    void aDozenKindsOfBadRowsAreRejectedOneByOneWithLineColumnValueAndReason() {
        String csv = String.join("\n",
                "supplierRef;sku;manufacturerRef;name;price;currency;minOrderQty;packSize;leadTimeDays",
                "OK-1;" + pump + ";;Pompe;10,00;EUR;1;1;5",
                ";" + pump + ";;sans référence;10,00;;;;",
                "B-2;;;ni sku ni référence;10,00;;;;",
                "B-3;" + pump + ";;prix texte;douze;;;;",
                "B-4;" + pump + ";;prix négatif;-3,00;;;;",
                "B-5;" + pump + ";;MOQ zéro;1,00;;0;;",
                "B-6;" + pump + ";;colisage décimal;1,00;;;2,5;",
                "B-7;" + pump + ";;devise;1,00;EURO;;;",
                "B-8;" + pump + ";;délai négatif;1,00;;;;-1",
                "B-9;" + pump + ";;prix vide;;;;;",
                "B-10;NO-SUCH-SKU-" + pump + ";;inconnu;1,00;;;;",
                "B-11;" + pump + ";;trop de décimales;1,123456;;;;",
                "B-12;a b c;;sku invalide;1,00;;;;",
                "B-13;;UNKNOWN-REF-" + pump + ";référence inconnue;1,00;;;;") + "\n";

        Reply report = upload("?supplier=" + supplier, csv.getBytes(StandardCharsets.UTF_8), Map.of()).expect(200);

        assertEquals(14, report.integer("rowsRead"));
        assertEquals(1, report.integer("created"));
        assertEquals(13, report.integer("rejected"));
        List<Map<String, Object>> errors = errors(report);
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L),
                errors.stream().map(e -> ((Number) e.get("line")).longValue()).distinct().toList());
        Map<String, Object> price = errors.stream().filter(e -> ((Number) e.get("line")).intValue() == 5).findFirst().orElseThrow();
        assertEquals("price", price.get("field"));
        assertEquals("douze", price.get("value"));
        assertTrue(((String) price.get("message")).contains("not a number"), price.toString());
        Map<String, Object> unknown = errors.stream().filter(e -> ((Number) e.get("line")).intValue() == 12).findFirst().orElseThrow();
        assertTrue(((String) unknown.get("message")).contains("not in the catalog"), unknown.toString());
        assertEquals(1, admin.get("/api/suppliers/" + supplier + "/offers").integer("total"));
        assertEquals(List.of("3 required", "4 missing", "5 not-a-number", "6 not-negative", "7 at-least",
                "8 not-a-whole-number", "9 currency-code", "10 not-negative", "11 required", "12 unknown-sku",
                "13 too-many-decimals", "14 code-characters", "15 unknown-manufacturer-ref"),
                errors.stream().map(e -> e.get("line") + " " + e.get("rule")).toList(), "each row error names its rule");
        assertEquals(Map.of("fields", List.of("sku", "manufacturerRef")), factsOf(errors, 4));
        assertEquals(Map.of("min", 1), factsOf(errors, 7));
        assertEquals(Map.of("sku", "NO-SUCH-SKU-" + pump, "createParts", false), factsOf(errors, 12));
        assertEquals(Map.of("max", 4), factsOf(errors, 13));
        assertEquals(Map.of("value", "UNKNOWN-REF-" + pump), factsOf(errors, 15));
        assertEquals(null, factsOf(errors, 5), "a rule without facts has none");
        assertEquals(errors, errors(admin.get("/api/imports/" + report.integer("id")).expect(200)),
                "the kept report says the same rules and facts");
    }

    private static Object factsOf(List<Map<String, Object>> errors, int line) {
        return errors.stream().filter(e -> ((Number) e.get("line")).intValue() == line).findFirst().orElseThrow()
                .get("facts");
    }

    @Test
    void aDryRunReportsAndChangesNothing() {
        String csv = "supplierRef,sku,price\nD-1," + pump + ",5.00\nD-2," + motor + ",6.00\n";

        Reply report = upload("?supplier=" + supplier + "&dryRun=true", csv.getBytes(StandardCharsets.UTF_8), Map.of())
                .expect(200);

        assertEquals(true, report.get("dryRun"));
        assertEquals(2, report.integer("created"));
        assertEquals(0, admin.get("/api/suppliers/" + supplier + "/offers").integer("total"));
        assertEquals(report.text(), admin.get("/api/imports/" + report.integer("id")).expect(200).text());
    }

    @Test
    void abortAppliesNothingWhenAnyRowIsRejected() {
        String csv = "supplierRef,sku,price\nA-1," + pump + ",5.00\nA-2," + pump + ",cinq\n";

        Reply refused = upload("?supplier=" + supplier + "&onError=abort", csv.getBytes(StandardCharsets.UTF_8), Map.of());

        refused.expectProblem(422, "import-rejected");
        Map<?, ?> report = (Map<?, ?>) refused.get("report");
        assertEquals(1, ((Number) report.get("rejected")).intValue());
        assertEquals("REJECTED", report.get("status"));
        assertEquals(0, admin.get("/api/suppliers/" + supplier + "/offers").integer("total"));
    }

    @Test
    void reImportingTheSameFileChangesNothingAndAPriceChangeIsKeptInTheHistory() {
        String csv = "supplierRef,sku,price,minOrderQty\nR-1," + pump + ",5.00,2\nR-2," + motor + ",6.00,1\n";
        upload("?supplier=" + supplier, csv.getBytes(StandardCharsets.UTF_8), Map.of()).expect(200);

        Reply again = upload("?supplier=" + supplier, csv.getBytes(StandardCharsets.UTF_8), Map.of()).expect(200);
        Reply changed = upload("?supplier=" + supplier, csv.replace("5.00", "5.50").getBytes(StandardCharsets.UTF_8),
                Map.of()).expect(200);

        assertEquals(2, again.integer("unchanged"));
        assertEquals(0, again.integer("created") + again.integer("updated"));
        assertEquals(1, changed.integer("updated"));
        assertEquals(1, changed.integer("unchanged"));
        List<Map<String, Object>> history = admin.get("/api/suppliers/" + supplier + "/price-history?supplierRef=R-1")
                .expect(200).items();
        assertEquals(1, history.size());
        assertEquals(5.0, ((Number) history.get(0).get("oldPrice")).doubleValue());
        assertEquals(5.5, ((Number) history.get(0).get("newPrice")).doubleValue());
    }

    @Test
    void aFileThatIsNotCsvIsAClearFourHundred() {
        upload("?supplier=" + supplier, new byte[0], Map.of()).expectProblem(400, "unreadable-file");
        upload("?supplier=" + supplier, "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), Map.of())
                .expectProblem(400, "unreadable-file");
        upload("?supplier=" + supplier, new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0}, Map.of()).expectProblem(400, "unreadable-file");
        upload("?supplier=NO-SUCH-SUPPLIER", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), Map.of())
                .expectProblem(404, "not-found");
        upload("?supplier=" + supplier + "&onError=sometimes", "a,b\n".getBytes(StandardCharsets.UTF_8), Map.of())
                .expectProblem(400, "invalid-request");
        upload("?supplier=" + supplier + "&mapping=" + "%7Bnot-json", "a,b\n".getBytes(StandardCharsets.UTF_8), Map.of())
                .expectProblem(400, "invalid-request");
        admin.raw("POST", "/api/imports/supplier-catalog?supplier=" + supplier, "application/json", "{}")
                .expectProblem(415, "unsupported-media-type");
        assertEquals(0, admin.get("/api/suppliers/" + supplier + "/offers").integer("total"));
    }

    @Test
    void theReportListsTheFirstThousandErrorsAndCountsTheRest() {
        StringBuilder csv = new StringBuilder("supplierRef,sku,price\n");
        for (int i = 0; i < 1_500; i++) {
            csv.append("E-").append(i).append(',').append(pump).append(",not-a-price\n");
        }

        Reply report = upload("?supplier=" + supplier, csv.toString().getBytes(StandardCharsets.UTF_8), Map.of()).expect(200);

        assertEquals(1_500, report.integer("rejected"));
        assertEquals(1_000, errors(report).size());
        assertEquals(500, report.integer("errorsNotListed"));
    }

    @Test
    void aFirstPriceListOfManyChunksIsAppliedOnTwoLanesAndTheLaterLineOfAReferenceWins() {
        StringBuilder csv = new StringBuilder("supplierRef,sku,price\n");
        csv.append("DUP,").append(motor).append(",1.00\n");
        for (int i = 0; i < 25_000; i++) {
            csv.append("L-").append(i).append(',').append(pump).append(",3.00\n");
        }
        csv.append("BAD,NO-SUCH-").append(pump).append(",1.00\n");
        csv.append("DUP,").append(motor).append(",2.00\n");
        csv.append("WORSE,").append(pump).append(",free\n");

        Reply report = upload("?supplier=" + supplier, csv.toString().getBytes(StandardCharsets.UTF_8), Map.of()).expect(200);

        assertEquals(25_004, report.integer("rowsRead"));
        assertEquals(25_001, report.integer("created"), report.text());
        assertEquals(1, report.integer("updated"), "the second DUP line changes the offer the first one created");
        assertEquals(2, report.integer("rejected"));
        assertEquals(List.of(25_003, 25_005), errors(report).stream().map(e -> ((Number) e.get("line")).intValue()).toList(),
                "errors found while reading and while applying, listed by line");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> motorOffers = (List<Map<String, Object>>) admin.get("/api/parts/" + motor + "/offers")
                .expect(200).json();
        assertEquals(1, motorOffers.size());
        assertEquals(2.0, ((Number) motorOffers.get(0).get("price")).doubleValue());
        List<Map<String, Object>> history = admin.get("/api/suppliers/" + supplier + "/price-history?supplierRef=DUP")
                .expect(200).items();
        assertEquals(1, history.size(), "the later chunk found the offer the earlier one wrote and kept the change");
        assertEquals(1.0, ((Number) history.get(0).get("oldPrice")).doubleValue());
        assertEquals(25_001, admin.get("/api/suppliers/" + supplier + "/offers?size=1").integer("total"));
    }

    @Test
    void twoUploadsOfASupplierFirstPriceListAtOnceCreateEachOfferOnce() {
        StringBuilder csv = new StringBuilder("supplierRef,sku,price\n");
        for (int i = 0; i < 12_000; i++) {
            csv.append("C-").append(i).append(',').append(i % 2 == 0 ? pump : motor).append(",4.50\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        List<Reply> reports = Concurrently.run(2, i -> upload("?supplier=" + supplier, file, Map.of()));

        reports.forEach(report -> report.expect(200));
        assertEquals(12_000, reports.stream().mapToInt(report -> report.integer("created")).sum(),
                "each reference is created by one import only: " + reports.get(0).text() + reports.get(1).text());
        assertEquals(12_000, reports.stream().mapToInt(report -> report.integer("unchanged")).sum(),
                "the other import finds it and leaves it as it is");
        assertEquals(0, reports.stream().mapToInt(report -> report.integer("updated") + report.integer("rejected")).sum());
        assertEquals(12_000, admin.get("/api/suppliers/" + supplier + "/offers?size=1").integer("total"));
    }

    @Test
    void twoPriceListsThatCreateTheSameNewPartsAtOnceCreateEachPartOnce() {
        String otherSupplier = given.supplier();
        String prefix = Fixtures.key("NEWP");
        StringBuilder csv = new StringBuilder("supplierRef,sku,name,price\n");
        for (int i = 0; i < 3_000; i++) {
            csv.append("N-").append(i).append(',').append(prefix).append('-').append(i).append(",Pièce ").append(i)
                    .append(",2.00\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<String> suppliers = List.of(supplier, otherSupplier);

        List<Reply> reports = Concurrently.run(2,
                i -> upload("?createParts=true&supplier=" + suppliers.get(i), file, Map.of()));

        reports.forEach(report -> report.expect(200));
        assertEquals(3_000, reports.stream().mapToInt(report -> report.integer("partsCreated")).sum(),
                "each part is created by one import only: " + reports.get(0).text() + reports.get(1).text());
        reports.forEach(report -> assertEquals(3_000, report.integer("created"), report.text()));
        assertEquals(3_000, admin.get("/api/parts?size=1&q=" + prefix).integer("total"));
        assertEquals(3_000, admin.get("/api/suppliers/" + otherSupplier + "/offers?size=1").integer("total"));
    }

    private Reply upload(String query, byte[] content, Map<String, String> fields) {
        return admin.upload("/api/imports/supplier-catalog" + query, "tarif.csv", content, fields);
    }

    private Map<String, Object> offer(String supplierRef) {
        return admin.get("/api/suppliers/" + supplier + "/offers?size=500").items().stream()
                .filter(o -> supplierRef.equals(o.get("supplierRef"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Reply report) {
        return (List<Map<String, Object>>) report.get("errors");
    }

    private static Map<String, Object> firstError(Reply report) {
        return errors(report).get(0);
    }
}
