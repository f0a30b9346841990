package fr.sav.inventory.shared;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperationsTest extends ApiTest {

    @Test
    void healthIsPublicAndUpWhenTheDatabaseAnswers() {
        Reply health = admin.anonymous().get("/health").expect(200);

        assertEquals("UP", health.string("status"));
    }

    @Test
    void healthShowsItsStatusOnlyWhateverTheCredentials() {
        Api manager = userWith("MANAGER");

        for (Api caller : List.of(admin.anonymous(), manager, admin)) {
            Reply health = caller.get("/health").expect(200);

            assertEquals("UP", health.string("status"), health.text());
            assertFalse(health.body().containsKey("details"), health.text());
            assertFalse(health.text().contains("jdbc"), health.text());
        }
    }

    @Test
    void prometheusMetricsIncludeHttpAndDatabasePool() {
        admin.get("/api/parts").expect(200);

        String metrics = admin.anonymous().get("/prometheus").expect(200).text();

        assertTrue(metrics.contains("http_server_requests_seconds"), "HTTP timings");
        assertTrue(metrics.contains("hikaricp_connections"), "database pool");
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndHasABrowsablePage() {
        String document = admin.anonymous().get("/swagger/inventory-api.yml").expect(200).text();

        assertTrue(document.contains("/api/movements:"), "movements are documented");
        assertTrue(document.contains("/api/parts/{sku}:"), "parts are documented");
        assertTrue(admin.anonymous().get("/swagger-ui/index.html").expect(200).text().contains("swagger"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        admin.get("/api/nothing-here").expectProblem(404, "not-found");
    }
}
