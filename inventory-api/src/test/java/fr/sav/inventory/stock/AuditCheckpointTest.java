package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A full ledger audit that finds everything consistent stores its sums as a checkpoint; the audit
 * {@code since=checkpoint} replays only the movements after it, and still compares every level.
 */
class AuditCheckpointTest extends ApiTest {

    @Test
    void theAuditFromTheCheckpointReplaysOnlyWhatCameAfterAndFindsALevelChangedAroundTheLedger() throws Exception {
        String sku = given.part(Map.of("standardCost", "10.00"));
        String untouched = given.part(Map.of("standardCost", "4.00"));
        String store = given.store();
        given.receive(sku, store, 10, "NEW");
        long last = ((Number) given.receive(untouched, store, 4, "NEW").get("id")).longValue();

        Reply full = admin.get("/api/stock/audit").expect(200);

        assertEquals(true, full.get("consistent"), full.text());
        assertNull(full.get("since"), "a full replay starts from nothing");
        assertEquals(List.of(last, 10L), checkpoint(sku, store), "the checkpoint: the last movement, 10 pieces in store");

        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "condition", "NEW",
                "quantity", 3)).expect(201);
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "condition", "NEW",
                "quantity", 2)).expect(201);
        Reply since = admin.get("/api/stock/audit?since=checkpoint").expect(200);

        assertEquals(true, since.get("consistent"), since.text());
        assertEquals(2, since.integer("movements"), "only the two issues after the checkpoint are replayed");
        assertEquals(last, ((Number) since.get("since")).longValue());
        assertEquals(5, given.onHand(sku, store, "NEW"), "10 at the checkpoint, 3 and 2 issued since");

        changeLevel(untouched, store, 5);
        try {
            Reply found = admin.get("/api/stock/audit?since=checkpoint").expect(200);

            assertEquals(false, found.get("consistent"), found.text());
            assertEquals(List.of(Map.of("source", "ledger", "sku", untouched, "location", store, "condition", "NEW",
                    "expected", 4, "onHand", 9)), found.get("mismatches"),
                    "a level no movement touched since the checkpoint is compared too: 4 in the ledger, 9 on the shelf");
            assertEquals(List.of(), found.get("valueMismatches"));
            Reply fullAgain = admin.get("/api/stock/audit").expect(200);
            assertEquals(found.get("mismatches"), fullAgain.get("mismatches"), "the full replay finds the same");
            assertEquals(List.of(last, 10L), checkpoint(sku, store), "an inconsistent replay leaves the checkpoint as it was");
        } finally {
            changeLevel(untouched, store, -5);
        }
        assertEquals(true, admin.get("/api/stock/audit?since=checkpoint").expect(200).get("consistent"));
    }

    @Test
    void sinceTakesOnlyTheWordCheckpoint() {
        Reply refused = admin.get("/api/stock/audit?since=yesterday").expectProblem(400, "invalid-request");
        assertEquals(List.of(Map.of("field", "since", "message", "must be checkpoint, not yesterday", "rule", "one-of",
                "facts", Map.of("allowed", List.of("checkpoint"), "value", "yesterday"))), refused.get("errors"));
    }

    /** The stored checkpoint's movement and the pieces it holds for the part in store, NEW. */
    private static List<Long> checkpoint(String sku, String store) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT c.movement_id, k.on_hand FROM stock_audit_checkpoint c JOIN stock_audit_checkpoint_level k "
                        + "JOIN part p ON p.id = k.part_id JOIN location l ON l.id = k.location_id "
                        + "WHERE p.sku = ? AND l.code = ? AND k.item_condition = 'NEW'")) {
            query.setString(1, sku);
            query.setString(2, store);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return List.of(row.getLong(1), row.getLong(2));
            }
        }
    }

    /** Changes a level straight in the database, around the ledger: what the audit is there to find. */
    private static void changeLevel(String sku, String store, int pieces) throws SQLException {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(
                "UPDATE stock_level s JOIN part p ON p.id = s.part_id JOIN location l ON l.id = s.location_id "
                        + "SET s.on_hand = s.on_hand + ? WHERE p.sku = ? AND l.code = ? AND s.item_condition = 'NEW'")) {
            update.setInt(1, pieces);
            update.setString(2, sku);
            update.setString(3, store);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
