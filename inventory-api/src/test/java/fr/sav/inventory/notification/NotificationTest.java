package fr.sav.inventory.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications in a database of their own (so that every figure is this world's): each watch finds what needs
 * attention, each account that acts on it is told once, and accounts with an address get the mail, read from a
 * real SMTP server (GreenMail) running in this JVM.
 */
class NotificationTest extends ApiTest {

    private static final String DATABASE = "inventory_test_notifications";
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        TestDatabase.drop(DATABASE);
        SMTP.start();
    }

    @Inject
    Notifier notifier;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.url", TestDatabase.otherDatabase(DATABASE));
        properties.put("inventory.mail.host", "127.0.0.1");
        properties.put("inventory.mail.port", Integer.toString(SMTP.getSmtp().getPort()));
        properties.put("inventory.mail.from", "stock@sav.test");
        properties.put("inventory.notify.enabled", "true");
        properties.put("inventory.notify.initial-delay", "1h");
        return properties;
    }

    @AfterAll
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void eachAccountThatActsIsToldOnceByInboxAndByMailAndReadsItsOwnOnly() throws Exception {
        String workshopUser = given.user("WORKSHOP");
        String buyerUser = given.user("BUYER");
        String storekeeper = given.user("STOREKEEPER");
        admin.patch("/api/users/" + workshopUser, Map.of("email", "atelier@sav.test")).expect(200);
        admin.patch("/api/users/" + storekeeper, Map.of("email", "magasin@sav.test")).expect(200);
        admin.patch("/api/users/" + buyerUser, Map.of("email", "pas une adresse")).expectProblem(400, "invalid-request");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = (List<Map<String, Object>>) admin.get("/api/users").expect(200).json();
        assertEquals("magasin@sav.test", users.stream().filter(u -> storekeeper.equals(u.get("username")))
                .findFirst().orElseThrow().get("email"));
        Api workshop = as(workshopUser);
        Api buyer = as(buyerUser);

        String sku = given.part(Map.of("standardCost", "80.00"));
        String store = given.store();
        given.receive(sku, store, 2, "NEW");
        String exchange = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-7")).expect(201)
                .string("number");
        sql("UPDATE standard_exchange SET core_due_date = ? WHERE number = ?", LocalDate.now().minusDays(3), exchange);
        String lentSku = given.serializedPart();
        String lentSerial = Fixtures.key("SN");
        given.receiveUnit(lentSku, lentSerial, store, "NEW");
        String loan = admin.post("/api/loans", Map.of("serial", lentSerial, "customerRef", "CLIENT-9",
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString())).expect(201).string("number");
        sql("UPDATE loan SET due_date = ? WHERE number = ?", LocalDate.now().minusDays(2), loan);
        String late = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "CUSTOMER", "origin", "CUSTOMER_DROP_OFF",
                "serial", Fixtures.key("S"), "location", given.workshop(), "customerRef", "CLIENT-8")).expect(201)
                .string("number");
        sql("UPDATE repair_order SET expected_date = ? WHERE number = ?", LocalDate.now().minusDays(1), late);
        admin.post("/api/repair-orders/" + late + "/diagnose", Map.of("findings", "carte HS", "estimatedCost", "30.00",
                "estimatedMinutes", 20)).expect(200);
        admin.post("/api/repair-orders/" + late + "/quote", Map.of("amount", "90.00",
                "location", given.location("AWAITING_CUSTOMER"))).expect(200);
        sql("UPDATE repair_order_event SET occurred_at = ? WHERE to_status = 'AWAITING_APPROVAL' AND repair_order_id = "
                + "(SELECT id FROM repair_order WHERE number = ?)", LocalDate.now().minusDays(10).atStartOfDay(), late);
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 5,
                "reference", late)).expectProblem(409, "insufficient-stock");
        String supplier = given.supplier();
        String request = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 3)))).expect(201).string("number");
        buyer.post("/api/purchase-requests/" + request + "/submit", "{}").expect(200);

        int made = notifier.run();

        Map<String, Object> inbox = workshop.get("/api/notifications?unread=true").expect(200).body();
        assertEquals(Set.of("CORE_OVERDUE " + exchange, "LOAN_OVERDUE " + loan, "REPAIR_OVERDUE " + late,
                "QUOTE_WAITING " + late, "REPAIR_BLOCKED " + late + " " + sku), kinds(inbox));
        assertEquals(5L, ((Number) inbox.get("unread")).longValue());
        assertEquals(Set.of("APPROVAL_WAITING " + request, "REPAIR_BLOCKED " + late + " " + sku),
                kinds(buyer.get("/api/notifications").expect(200).body()));
        assertEquals(Set.of(), kinds(as(storekeeper).get("/api/notifications").expect(200).body()),
                "a storekeeper acts on none of these");
        assertEquals(6, kinds(admin.get("/api/notifications").expect(200).body()).size(), "a manager is told of all");
        assertEquals(5 + 2 + 6, made);
        assertEquals(0, notifier.run(), "a second round tells nobody twice");

        List<Mail> mails = Arrays.stream(SMTP.getReceivedMessages()).map(Mail::of).toList();
        assertEquals(5, mails.size(), "only the account with an address that was told gets mail");
        assertTrue(mails.stream().allMatch(m -> m.to().equals("atelier@sav.test")), mails.toString());
        assertTrue(mails.stream().anyMatch(m -> m.subject().contains("Consigne en retard : " + exchange)), mails.toString());
        assertTrue(mails.stream().anyMatch(m -> m.subject().contains("Prêt en retard : " + loan)), mails.toString());
        assertTrue(mails.stream().allMatch(m -> m.body().contains("#/workshop")), mails.toString());

        long id = ((Number) items(inbox).get(0).get("id")).longValue();
        buyer.post("/api/notifications/" + id + "/read", "{}").expectProblem(404, "not-found");
        Map<String, Object> read = workshop.post("/api/notifications/" + id + "/read", "{}").expect(200).body();
        assertTrue(read.get("readAt") != null);
        assertEquals(4L, ((Number) workshop.get("/api/notifications?unread=true").body().get("unread")).longValue());
        assertEquals(5, items(workshop.get("/api/notifications").body()).size(), "read ones stay in the inbox");
    }

    private Api as(String username) {
        return Api.at(server.getURI()).as(username, TestUsers.PASSWORD);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> inbox) {
        return (List<Map<String, Object>>) inbox.get("items");
    }

    private static Set<String> kinds(Map<String, Object> inbox) {
        return items(inbox).stream().map(n -> n.get("kind") + " " + n.get("about")).collect(Collectors.toSet());
    }

    private record Mail(String to, String subject, String body) {
        static Mail of(MimeMessage message) {
            try {
                return new Mail(GreenMailUtil.getAddressList(message.getAllRecipients()), message.getSubject(),
                        GreenMailUtil.getBody(message));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void sql(String statement, Object... values) throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        try (Connection connection = DriverManager.getConnection(TestDatabase.otherDatabase(DATABASE), db.username(),
                db.password());
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            assertEquals(1, update.executeUpdate(), statement);
        }
    }
}
