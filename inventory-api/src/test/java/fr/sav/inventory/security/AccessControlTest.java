package fr.sav.inventory.security;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestUsers;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walks every /api endpoint with no credentials and with each role, against the table of who may do what. */
class AccessControlTest extends ApiTest {

    private static final Set<String> ANY = Set.of("STOREKEEPER", "WORKSHOP", "BUYER", "MANAGER");
    private static final Set<String> BUYER = Set.of("BUYER", "MANAGER");
    private static final Set<String> STOREKEEPER = Set.of("STOREKEEPER", "MANAGER");
    private static final Set<String> CATALOG_LINKS = Set.of("BUYER", "WORKSHOP", "MANAGER");
    private static final Set<String> MANAGER = Set.of("MANAGER");
    private static final Set<String> FLOOR = Set.of("WORKSHOP", "STOREKEEPER", "MANAGER");
    private static final Set<String> WORKSHOP = Set.of("WORKSHOP", "MANAGER");

    /** Who may call each endpoint; a new endpoint fails this test until it is added here. */
    static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("POST /api/parts", BUYER),
            Map.entry("GET /api/parts", ANY),
            Map.entry("GET /api/parts/{sku}", ANY),
            Map.entry("PUT /api/parts/{sku}", BUYER),
            Map.entry("PATCH /api/parts/{sku}", BUYER),
            Map.entry("PUT /api/parts/{sku}/equivalents", CATALOG_LINKS),
            Map.entry("PUT /api/parts/{sku}/components", CATALOG_LINKS),
            Map.entry("GET /api/parts/{sku}/offers", ANY),
            Map.entry("GET /api/parts/{sku}/stock", ANY),
            Map.entry("PUT /api/parts/{sku}/stock-policy", BUYER),
            Map.entry("GET /api/parts/{sku}/stock-policy", BUYER),
            Map.entry("DELETE /api/parts/{sku}/stock-policy", BUYER),
            Map.entry("GET /api/stock-policies", BUYER),
            Map.entry("POST /api/suppliers", BUYER),
            Map.entry("GET /api/suppliers", ANY),
            Map.entry("GET /api/suppliers/{code}", ANY),
            Map.entry("GET /api/suppliers/{code}/offers", ANY),
            Map.entry("POST /api/suppliers/{code}/offers", BUYER),
            Map.entry("POST /api/locations", STOREKEEPER),
            Map.entry("GET /api/locations", ANY),
            Map.entry("GET /api/locations/{code}", ANY),
            Map.entry("PUT /api/locations/{code}", STOREKEEPER),
            Map.entry("GET /api/locations/{code}/stock-rules", ANY),
            Map.entry("PUT /api/locations/{code}/stock-rules", STOREKEEPER),
            Map.entry("GET /api/locations/{code}/stock-rules/proposed", ANY),
            Map.entry("GET /api/replenishment", ANY),
            Map.entry("POST /api/transfer-orders", STOREKEEPER),
            Map.entry("GET /api/transfer-orders", ANY),
            Map.entry("GET /api/transfer-orders/{number}", ANY),
            Map.entry("POST /api/transfer-orders/{number}/ship", STOREKEEPER),
            Map.entry("POST /api/transfer-orders/{number}/receive", FLOOR),
            Map.entry("GET /api/transfer-orders/{number}/pick-list.pdf", STOREKEEPER),
            Map.entry("POST /api/movements", FLOOR),
            Map.entry("POST /api/movements/{id}/reverse", FLOOR),
            Map.entry("GET /api/movements", ANY),
            Map.entry("GET /api/stock", ANY),
            Map.entry("GET /api/stock/audit", MANAGER),
            Map.entry("GET /api/stock/valuation", BUYER),
            Map.entry("GET /api/stock/valuation.csv", BUYER),
            Map.entry("GET /api/units/{serial}", ANY),
            Map.entry("GET /api/scan/{code}", ANY),
            Map.entry("GET /api/parts/{sku}/availability", ANY),
            Map.entry("POST /api/reservations", FLOOR),
            Map.entry("GET /api/reservations", ANY),
            Map.entry("GET /api/reservations/{id}", ANY),
            Map.entry("POST /api/reservations/{id}/fulfil", FLOOR),
            Map.entry("POST /api/reservations/{id}/release", FLOOR),
            Map.entry("POST /api/repair-orders", FLOOR),
            Map.entry("GET /api/repair-orders", ANY),
            Map.entry("GET /api/repair-orders/{number}", ANY),
            Map.entry("POST /api/repair-orders/{number}/diagnose", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/quote", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/approve", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/refuse", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/start", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/send-to-subcontractor", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/receive-from-subcontractor", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/complete", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/scrap", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/return-unrepaired", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/exchange", WORKSHOP),
            Map.entry("POST /api/repair-orders/{number}/deliver", FLOOR),
            Map.entry("POST /api/exchanges", FLOOR),
            Map.entry("GET /api/exchanges", ANY),
            Map.entry("GET /api/exchanges/{number}", ANY),
            Map.entry("POST /api/exchanges/{number}/core", FLOOR),
            Map.entry("POST /api/exchanges/{number}/charge", WORKSHOP),
            Map.entry("POST /api/loans", FLOOR),
            Map.entry("GET /api/loans", ANY),
            Map.entry("GET /api/loans/{number}", ANY),
            Map.entry("POST /api/loans/{number}/return", FLOOR),
            Map.entry("GET /api/parts/{sku}/exchange-pool", ANY),
            Map.entry("POST /api/imports/supplier-catalog", BUYER),
            Map.entry("POST /api/imports/stock-count", STOREKEEPER),
            Map.entry("POST /api/imports/consumption-history", BUYER),
            Map.entry("GET /api/imports", ANY),
            Map.entry("GET /api/imports/{id}", ANY),
            Map.entry("GET /api/suppliers/{code}/price-history", ANY),
            Map.entry("GET /api/labels/parts/{sku}", ANY),
            Map.entry("GET /api/labels/locations/{code}", ANY),
            Map.entry("GET /api/labels/units/{serial}", ANY),
            Map.entry("GET /api/labels/repair-orders/{number}", ANY),
            Map.entry("POST /api/labels/sheet", ANY),
            Map.entry("POST /api/labels/print", FLOOR),
            Map.entry("GET /api/labels/printers", ANY),
            Map.entry("GET /api/reorder-suggestions", BUYER),
            Map.entry("POST /api/purchase-requests", BUYER),
            Map.entry("GET /api/purchase-requests", ANY),
            Map.entry("GET /api/purchase-requests/export.csv", ANY),
            Map.entry("GET /api/purchase-requests/{number}", ANY),
            Map.entry("POST /api/purchase-requests/{number}/submit", BUYER),
            Map.entry("POST /api/purchase-requests/{number}/approve", BUYER),
            Map.entry("POST /api/purchase-requests/{number}/order", BUYER),
            Map.entry("POST /api/purchase-requests/{number}/cancel", BUYER),
            Map.entry("POST /api/purchase-requests/{number}/close", BUYER),
            Map.entry("POST /api/purchase-requests/{number}/receive", Set.of("STOREKEEPER", "BUYER", "MANAGER")),
            Map.entry("POST /api/supplier-returns", Set.of("STOREKEEPER", "BUYER", "MANAGER")),
            Map.entry("GET /api/supplier-returns", ANY),
            Map.entry("GET /api/supplier-returns/{number}", ANY),
            Map.entry("POST /api/supplier-returns/{number}/credit", BUYER),
            Map.entry("POST /api/supplier-returns/{number}/replace", BUYER),
            Map.entry("POST /api/supplier-returns/{number}/reject", BUYER),
            Map.entry("GET /api/dashboard", MANAGER),
            Map.entry("POST /api/users", MANAGER),
            Map.entry("GET /api/users", MANAGER),
            Map.entry("PATCH /api/users/{username}", MANAGER),
            Map.entry("GET /api/users/me", ANY),
            Map.entry("PUT /api/users/me/password", ANY),
            Map.entry("GET /api/suppliers/figures", BUYER),
            Map.entry("GET /api/suppliers/{code}/figures", BUYER),
            Map.entry("GET /api/notifications", ANY),
            Map.entry("POST /api/notifications/{id}/read", ANY));

    @Inject
    Router router;

    private final Map<String, Api> clients = new LinkedHashMap<>();

    @BeforeAll
    void accounts() {
        for (String role : ANY) {
            clients.put(role, userWith(role));
        }
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheTableSays() {
        List<String> failures = new ArrayList<>();
        Map<String, Boolean> endpoints = endpoints();

        endpoints.forEach((endpoint, multipart) -> {
            Set<String> allowed = ACCESS.get(endpoint);
            if (allowed == null) {
                failures.add(endpoint + " is not in the access table");
                return;
            }
            check(endpoint, multipart, "anonymous", Set.of(), admin.anonymous(), failures);
            clients.forEach((role, client) -> check(endpoint, multipart, role, allowed, client, failures));
        });

        assertEquals(List.of(), failures);
        assertTrue(endpoints.keySet().containsAll(ACCESS.keySet()), "every endpoint in the table exists: " + endpoints);
    }

    @Test
    void loginGivesABearerTokenAndWrongPasswordsAreRefused() {
        Api withToken = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        withToken.get("/api/users").expect(200);
        admin.anonymous().post("/api/login", Map.of("username", "admin", "password", "wrong")).expect(401);
        admin.anonymous().as("admin", "wrong").get("/api/parts").expectProblem(401, "unauthorized");
        admin.anonymous().bearer("not-a-token").get("/api/parts").expectProblem(401, "unauthorized");
    }

    @Test
    void onlyAManagerCreatesAccountsAndADuplicateIsAConflict() {
        String username = given.user("BUYER");

        admin.post("/api/users", Map.of("username", username, "password", TestUsers.PASSWORD, "roles", List.of("BUYER")))
                .expectProblem(409, "duplicate");
        admin.post("/api/users", Map.of("username", "x", "password", "short", "roles", List.of()))
                .expectProblem(400, "invalid-request");
        clients.get("BUYER").post("/api/users", Map.of("username", "y" + username, "password", TestUsers.PASSWORD,
                "roles", List.of("MANAGER"))).expectProblem(403, "forbidden");
    }

    /** Every /api endpoint, and whether it takes a multipart upload. */
    private Map<String, Boolean> endpoints() {
        Map<String, Boolean> endpoints = new java.util.TreeMap<>();
        router.uriRoutes().forEach(route -> {
            String endpoint = route.getHttpMethodName() + " " + template(route);
            if (endpoint.contains(" /api/") && !endpoint.startsWith("HEAD ") && !endpoint.equals("POST /api/login")) {
                endpoints.put(endpoint, route.getConsumes().contains(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE));
            }
        });
        return endpoints;
    }

    private static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
    }

    private static void check(String endpoint, boolean multipart, String who, Set<String> allowed, Api client,
                              List<String> failures) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replaceAll("\\{[^}]+}", "NO-SUCH-KEY");
        Reply reply = parts[0].equals("GET") ? client.get(path)
                : multipart ? client.upload(path, "empty.csv", "sku,quantity\n".getBytes(), Map.of())
                : client.raw(parts[0], path, "application/json", "{}");
        int expected = who.equals("anonymous") ? 401 : allowed.contains(who) ? -1 : 403;
        boolean ok = expected == -1 ? reply.status() != 401 && reply.status() != 403 : reply.status() == expected;
        if (!ok) {
            failures.add(endpoint + " as " + who + ": " + reply.status() + " " + reply.text());
        }
    }
}
