package fr.sav.inventory.stock;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Concurrent requests for the last pieces: exactly as many win as there are pieces, the rest get 409. */
class LastUnitConcurrencyTest extends ApiTest {

    private EmbeddedServer second;

    @BeforeAll
    void startSecondInstance() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.port", -1);
        second = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void fiftyConcurrentIssuesForTwentyPiecesIssueExactlyTwenty() {
        Api client = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        assertOnlyTwentyWin(List.of(client));
    }

    @Test
    void twoServiceInstancesOnOneDatabaseStillIssueExactlyTwenty() {
        Api first = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Api other = Api.at(second.getURI()).login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        assertOnlyTwentyWin(List.of(first, other));
    }

    private void assertOnlyTwentyWin(List<Api> instances) {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 20, "NEW");

        List<Reply> replies = Concurrently.run(50, i -> instances.get(i % instances.size()).post("/api/movements",
                Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "condition", "NEW", "reference", "RO-" + i)));

        List<Reply> won = replies.stream().filter(r -> r.status() == 201).toList();
        List<Reply> refused = replies.stream().filter(r -> r.status() == 409).toList();
        assertEquals(20, won.size(), () -> "statuses: " + replies.stream().map(Reply::status).toList());
        assertEquals(30, refused.size());
        refused.forEach(r -> {
            r.expectProblem(409, "insufficient-stock");
            assertEquals(0, r.integer("available"), r.text());
        });
        assertEquals(0, given.onHand(sku, store, "NEW"));
        assertEquals(20, admin.get("/api/movements?type=ISSUE&sku=" + sku).integer("total"));
    }
}
