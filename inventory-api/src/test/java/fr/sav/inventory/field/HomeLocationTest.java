package fr.sav.inventory.field;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DOMAIN rule 18: a technician's account has a home location, their van, where their scans take stock from. */
class HomeLocationTest extends ApiTest {

    @Test
    void aTechniciansIssueWithoutALocationTakesFromTheirVan() {
        FieldFixtures field = new FieldFixtures(admin);
        String store = given.store();
        String van = field.vanOf(store);
        String sku = given.part();
        given.receive(sku, van, 3, "NEW");
        given.receive(sku, store, 3, "NEW");
        Api technician = technicianAt(van);

        Map<String, Object> issued = technician.post("/api/movements", Map.of("type", "ISSUE", "sku", sku,
                "reference", "INT-42")).expect(201).body();

        assertEquals(van, issued.get("fromLocation"));
        assertEquals(2, given.onHand(sku, van, "NEW"));
        assertEquals(3, given.onHand(sku, store, "NEW"));
        assertEquals(van, technician.get("/api/users/me").expect(200).string("location"));
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "reference", "INT-43"))
                .expectProblem(400, "invalid-request");
    }

    @Test
    void aTechnicianTakesNothingFromAnotherTechniciansVanButMayFromTheStore() {
        FieldFixtures field = new FieldFixtures(admin);
        String store = given.store();
        String mine = field.vanOf(store);
        String theirs = field.vanOf(store);
        String sku = given.part();
        given.receive(sku, theirs, 2, "NEW");
        given.receive(sku, store, 2, "NEW");
        Api technician = technicianAt(mine);

        technician.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", theirs,
                "reference", "INT-44")).expectProblem(409, "another-technicians-van");
        technician.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "fromLocation", theirs,
                "toLocation", mine)).expectProblem(409, "another-technicians-van");
        technician.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store,
                "reference", "INT-45")).expect(201);

        assertEquals(2, given.onHand(sku, theirs, "NEW"));
        assertEquals(0, given.onHand(sku, mine, "NEW"));
        assertEquals(1, given.onHand(sku, store, "NEW"));
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", theirs,
                "reference", "RO-46")).expect(201);
        assertEquals(1, given.onHand(sku, theirs, "NEW"), "an account without a van (the store) may");
    }

    @Test
    void aHomeLocationIsSetChangedAndClearedByAManagerAndMustExist() {
        String van = new FieldFixtures(admin).vanOf(given.store());
        String username = Fixtures.key("tech").toLowerCase();

        admin.post("/api/users", Map.of("username", username, "password", TestUsers.PASSWORD,
                "roles", List.of("WORKSHOP"), "location", "NO-SUCH-VAN")).expectProblem(400, "invalid-request");
        admin.post("/api/users", Map.of("username", username, "password", TestUsers.PASSWORD,
                "roles", List.of("WORKSHOP"), "location", van.toLowerCase())).expect(201);
        assertEquals(van, user(username).get("location"), "stored as the location's code");
        admin.patch("/api/users/" + username, Map.of("location", "NO-SUCH-VAN")).expectProblem(400, "invalid-request");
        assertEquals(van, user(username).get("location"));

        admin.patch("/api/users/" + username, Map.of("location", "")).expect(200);

        assertEquals(null, user(username).get("location"));
    }

    private Api technicianAt(String van) {
        String username = Fixtures.key("tech").toLowerCase();
        admin.post("/api/users", Map.of("username", username, "password", TestUsers.PASSWORD,
                "roles", List.of("WORKSHOP"), "location", van)).expect(201);
        return Api.at(server.getURI()).as(username, TestUsers.PASSWORD);
    }

    private Map<?, ?> user(String username) {
        return ((List<?>) admin.get("/api/users").expect(200).json()).stream().map(u -> (Map<?, ?>) u)
                .filter(u -> username.equals(u.get("username"))).findFirst().orElseThrow();
    }
}
