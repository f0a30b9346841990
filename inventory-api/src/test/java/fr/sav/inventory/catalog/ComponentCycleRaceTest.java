package fr.sav.inventory.catalog;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two assemblies made to contain each other at the same moment: one wins, the other is refused as a cycle. */
class ComponentCycleRaceTest extends ApiTest {

    private static final int ROUNDS = 30;

    @Test
    void ofTwoConcurrentChangesThatWouldMakeACycleExactlyOneSucceeds() {
        Api client = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        for (int round = 0; round < ROUNDS; round++) {
            List<String> pair = List.of(given.part(), given.part());

            List<Reply> replies = Concurrently.run(2, i -> client.put("/api/parts/" + pair.get(i) + "/components",
                    Map.of("components", List.of(Map.of("sku", pair.get(1 - i), "quantity", 1)))));

            String seen = "round " + round + ": " + replies.stream().map(Reply::text).toList();
            assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), seen);
            replies.stream().filter(r -> r.status() != 200).forEach(r -> r.expectProblem(409, "component-cycle"));
            long containing = pair.stream().filter(sku -> !((List<?>) admin.get("/api/parts/" + sku).expect(200)
                    .get("components")).isEmpty()).count();
            assertEquals(1, containing, seen);
        }
    }
}
