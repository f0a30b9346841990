package fr.sav.inventory.fuzz;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and malformed JSON, CSV and barcode texts thrown at the endpoints: never a 500, every refusal is
 * problem+json, and a refused request changes nothing (the ledger, the offers and the levels stay as they were).
 */
class BadInputCampaignTest {

    private static final List<String> FIELDS = List.of("type", "sku", "code", "quantity", "delta", "serial",
            "fromLocation", "toLocation", "condition", "fromCondition", "toCondition", "reference", "unitCost", "note",
            "occurredAt", "owner", "origin", "customerRef", "neededBy", "allowEquivalents", "lines", "supplier");
    private static final List<String> WORDS = List.of("RECEIPT", "ISSUE", "RETURN", "TRANSFER", "REGRADE", "ADJUSTMENT",
            "SCRAP", "NEW", "DEFECTIVE", "COMPANY", "CUSTOMER", "CORE_RETURN", "$PART", "$STORE", "$WORKSHOP", "",
            " ", "é", "😀", "\u0000", "'; DROP TABLE part; --", "../../etc/passwd", "%s%n", "2026-02-30", "9".repeat(40));

    private static EmbeddedServer server;
    private static Api api;
    private static String part;
    private static String store;
    private static String workshop;
    private static String supplier;

    @BeforeContainer
    static void start() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.port", -1);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        api = Api.at(server.getURI()).login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Fixtures given = new Fixtures(Api.at(server.getURI()).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
        part = given.part();
        store = given.store();
        workshop = given.workshop();
        supplier = given.supplier();
        given.receive(part, store, 5, "NEW");
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 150)
    void randomJsonIsNeverAServerErrorAndARefusalChangesNothing(@ForAll("payloads") String body,
                                                                 @ForAll("writePaths") String path) {
        Snapshot before = Snapshot.take();

        Reply reply = api.raw("POST", path, "application/json", body);

        assertTrue(reply.status() < 500, () -> path + " " + body + " -> " + reply.status() + " " + reply.text());
        if (reply.status() >= 400) {
            assertEquals("application/problem+json", reply.contentType().split(";")[0], reply.text());
            assertEquals(before, Snapshot.take(), () -> "a refused " + path + " changed something: " + body);
        }
    }

    @Property(tries = 60)
    void randomCsvBytesAreReadOrRefusedCleanly(@ForAll("csv") byte[] file) {
        Snapshot before = Snapshot.take();

        Reply reply = api.upload("/api/imports/supplier-catalog?supplier=" + supplier + "&onError=abort", "f.csv", file, Map.of());

        assertTrue(reply.status() < 500, () -> reply.status() + " " + reply.text());
        if (reply.status() >= 400) {
            assertEquals("application/problem+json", reply.contentType().split(";")[0], reply.text());
            assertEquals(before, Snapshot.take());
        }
    }

    @Property(tries = 150)
    void anyScannedTextResolvesOrIsNotFound(@ForAll("barcodes") String code) {
        Reply reply = api.get("/api/scan/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"));

        assertTrue(reply.status() == 200 || reply.status() == 404 || reply.status() == 400,
                () -> "'" + code + "' -> " + reply.status() + " " + reply.text());
    }

    @Provide
    Arbitrary<String> writePaths() {
        return Arbitraries.of("/api/movements", "/api/reservations", "/api/repair-orders", "/api/exchanges",
                "/api/parts", "/api/purchase-requests", "/api/locations");
    }

    @Provide
    Arbitrary<String> payloads() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of(WORDS).map(w -> json(w.replace("$PART", part).replace("$STORE", store)
                        .replace("$WORKSHOP", workshop))),
                Arbitraries.integers().between(-1_000_000_000, 1_000_000_000).map(String::valueOf),
                Arbitraries.of("null", "true", "[]", "{}", "1e309", "-0", "0.1", "[1,2", "\"unterminated", "NaN"),
                Arbitraries.strings().ofMaxLength(30).map(BadInputCampaignTest::json));
        Arbitrary<String> member = Combinators.combine(Arbitraries.of(FIELDS), value).as((k, v) -> json(k) + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
        Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(60);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, object), net.jqwik.api.Tuple.of(2, garbage));
    }

    @Provide
    Arbitrary<byte[]> csv() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12), Arbitraries.of(WORDS),
                Arbitraries.of("1,5", "1.234,50", "\"quoted;cell\"", "\"", "", "-3", "12 €"));
        Arbitrary<String> line = cell.list().ofMinSize(1).ofMaxSize(7).map(cells -> String.join(";", cells));
        Arbitrary<String> text = line.list().ofMaxSize(12).map(lines ->
                "supplierRef;sku;price\n" + String.join("\n", lines).replace("$PART", part));
        return Arbitraries.oneOf(text.map(t -> t.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<String> barcodes() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(80),
                Arbitraries.of("P:", "L:", "U:", "RO-", "EX-", "PR-", "P:" + "X".repeat(300), "4006381333931")
                        .map(prefix -> prefix + Math.abs(prefix.hashCode() % 1000)),
                Arbitraries.of(WORDS).filter(w -> !w.isBlank()));
    }

    private static String json(String text) {
        return Api.json(text);
    }

    /** What a refused request must not change. */
    private record Snapshot(long movements, long offers, long onHand, long reservations, long repairOrders) {

        static Snapshot take() {
            return new Snapshot(api.get("/api/movements?size=1").integer("total"),
                    api.get("/api/suppliers/" + supplier + "/offers?size=1").integer("total"),
                    api.get("/api/parts/" + part + "/stock").integer("onHand"),
                    api.get("/api/reservations?size=1").integer("total"),
                    api.get("/api/repair-orders?size=1").integer("total"));
        }
    }

    @Example
    void aWholeNumberFieldRefusesAFractionAFlagAndAString() {
        Snapshot before = Snapshot.take();

        for (String notWhole : List.of("1.99", "1.0", "true", "\"5\"", "1e2", "4294967297")) {
            refusedNaming(api.raw("POST", "/api/movements", "application/json", receipt("\"quantity\":" + notWhole)),
                    "quantity");
            refusedNaming(api.raw("POST", "/api/purchase-requests", "application/json", "{\"supplier\":" + json(supplier)
                    + ",\"lines\":[{\"sku\":" + json(part) + ",\"quantity\":" + notWhole + "}]}"), "quantity");
        }

        assertEquals(before, Snapshot.take());
    }

    @Example
    void aBodyWithAnythingAfterItsJsonIsRefused() {
        Snapshot before = Snapshot.take();

        for (String after : List.of(" xyz", "{}", "}", " {\"quantity\":2}", "[]", " 1", "\"x\"", ",")) {
            refusedNaming(api.raw("POST", "/api/movements", "application/json", receipt("\"quantity\":1") + after),
                    "request");
        }

        assertEquals(before, Snapshot.take());
        api.raw("POST", "/api/movements", "application/json", " " + receipt("\"quantity\":1") + "\r\n\t ").expect(201);
    }

    @Example
    void controlCharactersAndUnpairedSurrogatesAreRefusedInText() {
        for (String hidden : List.of("\\u0000", "\\u202e", "\\u202a", "\\u2066", "\\u200f", "\\u061c", "\\u001b",
                "\\u0007", "\\u007f", "\\u0085", "\\u009b", "\\n", "\\r", "\\t", "\\ud800", "\\udc00x",
                "\\udbff\\u0041")) {
            String sku = Fixtures.key("CTL");

            refusedNaming(api.raw("POST", "/api/parts", "application/json", "{\"sku\":" + json(sku)
                    + ",\"name\":\"Pompe " + hidden + " 30 W\",\"family\":\"PUMP\"}"), "name");
            refusedNaming(api.raw("POST", "/api/movements", "application/json", receipt("\"quantity\":1,\"note\":\"carton"
                    + (hidden.equals("\\t") ? "\\n" : hidden) + "\"")), "note");

            api.get("/api/parts/" + sku).expectProblem(404, "not-found");
        }
        String sku = Fixtures.key("TXT");
        api.raw("POST", "/api/parts", "application/json", "{\"sku\":" + json(sku)
                + ",\"name\":\"Pompe \u00e9\ud83d\ude00 \\ud83d\\ude00 \u0645\",\"family\":\"PUMP\"}").expect(201);
        assertEquals("Pompe é😀 😀 \u0645", api.get("/api/parts/" + sku).string("name"));
        api.raw("POST", "/api/movements", "application/json", receipt("\"quantity\":1,\"note\":\"carton\\tabîmé\""))
                .expect(201);
    }

    @Example
    void anInstantNoOneCouldHaveMeantIsRefused() {
        Snapshot before = Snapshot.take();

        for (String when : List.of("0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", Instant.now().plus(2, ChronoUnit.DAYS).toString())) {
            refusedNaming(api.raw("POST", "/api/movements", "application/json",
                    receipt("\"quantity\":1,\"occurredAt\":" + json(when))), "occurredAt");
        }

        assertEquals(before, Snapshot.take());
        api.raw("POST", "/api/movements", "application/json", receipt("\"quantity\":1,\"occurredAt\":\"2000-01-01T00:00:00Z\""))
                .expect(201);
    }

    private static String receipt(String members) {
        return "{\"type\":\"RECEIPT\",\"sku\":" + json(part) + ",\"toLocation\":" + json(store)
                + ",\"condition\":\"NEW\"," + members + "}";
    }

    /** A 400 problem whose detail or errors name the field at fault. */
    private static void refusedNaming(Reply reply, String field) {
        assertEquals(400, reply.status(), reply::text);
        assertEquals("application/problem+json", reply.contentType().split(";")[0], reply.text());
        String named = reply.string("detail") + " " + reply.get("errors");
        assertTrue(named.contains(field), () -> "'" + field + "' is not named in " + reply.text());
    }
}
