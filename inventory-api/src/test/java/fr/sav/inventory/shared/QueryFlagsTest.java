package fr.sav.inventory.shared;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A flag in a query ({@code dryRun}, {@code createParts}, {@code excel}, {@code overdue}) is true or false, nothing else. */
class QueryFlagsTest extends ApiTest {

    private static final List<String> NOT_FLAGS = List.of("1", "0", "yes", "TRUE", "False", "", "true,false");

    @Test
    void anImportWhoseFlagIsNotTrueOrFalseIsRefusedAndImportsNothing() {
        String supplier = given.supplier();
        String store = given.store();
        String pump = given.part();
        String newSku = Fixtures.key("NEW");
        long reports = imports();

        for (String notAFlag : NOT_FLAGS) {
            String flag = encoded(notAFlag);
            refused(upload("/api/imports/supplier-catalog?supplier=" + supplier + "&dryRun=" + flag,
                    "supplierRef;sku;price\nF-1;" + pump + ";5,00\n"), "dryRun");
            refused(upload("/api/imports/supplier-catalog?supplier=" + supplier + "&createParts=" + flag,
                    "supplierRef;sku;name;price\nF-2;" + newSku + ";Pompe;5,00\n"), "createParts");
            refused(upload("/api/imports/stock-count?location=" + store + "&dryRun=" + flag,
                    "sku;condition;quantity\n" + pump + ";NEW;7\n"), "dryRun");
            refused(upload("/api/imports/consumption-history?dryRun=" + flag, "sku;period;quantity\n" + pump + ";2026-W10;4\n"),
                    "dryRun");
        }

        assertEquals(reports, imports(), "no import was started");
        assertEquals(0, admin.get("/api/suppliers/" + supplier + "/offers").integer("total"));
        assertEquals(0, given.onHand(pump, store, "NEW"));
        admin.get("/api/parts/" + newSku).expectProblem(404, "not-found");
    }

    @Test
    void everyOtherFlagInAQueryIsTrueOrFalseToo() {
        for (String notAFlag : NOT_FLAGS) {
            String flag = encoded(notAFlag);
            refused(admin.get("/api/purchase-requests/export.csv?excel=" + flag), "excel");
            refused(admin.get("/api/repair-orders?overdue=" + flag), "overdue");
            refused(admin.get("/api/exchanges?overdue=" + flag), "overdue");
        }

        admin.get("/api/purchase-requests/export.csv?excel=false").expect(200);
        admin.get("/api/repair-orders?overdue=true").expect(200);
        admin.get("/api/exchanges?overdue=false").expect(200);
        admin.get("/api/exchanges").expect(200);
    }

    private static void refused(Reply reply, String flag) {
        reply.expectProblem(400, "invalid-request");
        assertEquals(List.of(flag), ((List<?>) reply.get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).toList(),
                reply.text());
    }

    private long imports() {
        return admin.get("/api/imports?size=1").integer("total");
    }

    private Reply upload(String path, String csv) {
        return admin.upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
