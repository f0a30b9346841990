package fr.sav.inventory.shared;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TcpProxy;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database goes away under a running instance (its connection is cut by a proxy): health turns DOWN,
 * requests get a 503 problem and change nothing, and the service recovers by itself when it comes back.
 */
class DatabaseOutageTest extends ApiTest {

    @Test
    void healthFollowsTheDatabaseAndTheServiceRecoversWithoutRestart() throws Exception {
        String sku = given.part();
        String store = given.store();
        URI database = URI.create(TestDatabase.server().url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(database.getHost(), database.getPort());
             EmbeddedServer instance = ApplicationContext.run(EmbeddedServer.class, throughProxy(proxy, database))) {
            Api api = Api.at(instance.getURI()).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            api.get("/health").expect(200);
            receipt(api, sku, store).expect(201);

            proxy.cut();

            awaitHealth(api, reply -> reply.status() == 503);
            receipt(api, sku, store).expectProblem(503, "database-unavailable");
            proxy.restore();
            awaitHealth(api, reply -> reply.status() == 200);
            receipt(api, sku, store).expect(201);
        }
        assertEquals(2, given.onHand(sku, store, "NEW"), "the request refused during the outage changed nothing");
    }

    private static Reply receipt(Api api, String sku, String store) {
        return api.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store));
    }

    private static Map<String, Object> throughProxy(TcpProxy proxy, URI database) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", "jdbc:mariadb://127.0.0.1:" + proxy.port() + database.getRawPath()
                + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery()));
        return properties;
    }

    private static void awaitHealth(Api api, Predicate<Reply> expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        Reply last = null;
        while (System.currentTimeMillis() < deadline) {
            last = api.anonymous().get("/health");
            if (expected.test(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("health never became as expected; last answer " + last.status() + " " + last.text());
    }
}
