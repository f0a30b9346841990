package fr.sav.inventory.notification;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Without an SMTP server configured (the default), the notifier still starts and tells the inbox: the bench found
 * it failing to start because Micronaut Email's session provider refused to exist without mail properties.
 */
class NotifierWithoutMailTest extends ApiTest {

    private static final String DATABASE = "inventory_test_notifications_nomail";

    static {
        TestDatabase.drop(DATABASE);
    }

    @Inject
    Notifier notifier;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.url", TestDatabase.otherDatabase(DATABASE));
        properties.put("inventory.notify.enabled", "true");
        properties.put("inventory.notify.initial-delay", "1h");
        return properties;
    }

    @Test
    void theInboxIsToldWithoutAnyMailServer() {
        String supplier = given.supplier();
        String sku = given.part();
        String request = admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 1)))).expect(201).string("number");
        admin.post("/api/purchase-requests/" + request + "/submit", "{}").expect(200);

        assertEquals(1, notifier.run(), "the manager (admin) is told of the request to approve");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> inbox = (List<Map<String, Object>>) admin.get("/api/notifications").body().get("items");
        assertEquals(request, inbox.get(0).get("about"));
    }
}
