package fr.sav.inventory.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scanners under a fault: each client posts movements with an idempotency key and a reference of its own,
 * and, like a real scanner, sends the same request again (same key) until the service answers. Keeps what
 * was acknowledged and what was refused, to compare with the ledger afterwards.
 */
final class FaultLoad {

    final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    final Set<String> refused = ConcurrentHashMap.newKeySet();
    final AtomicInteger unavailableProblems = new AtomicInteger();
    final AtomicInteger connectionErrors = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    final String prefix;
    private final List<String> skus;
    private final String store;
    private volatile Http api;
    private Thread[] clients;

    /** References are the prefix and the idempotency key: the ledger rows of this load are told apart by them. */
    FaultLoad(Http api, String prefix, List<String> skus, String store) {
        this.api = api;
        this.prefix = prefix;
        this.skus = skus;
        this.store = store;
    }

    /** Points the clients at a new service (after a restart); tokens from the shared secret stay good. */
    void use(Http next) {
        api = next;
    }

    void start(int count) {
        clients = new Thread[count];
        for (int c = 0; c < count; c++) {
            String sku = skus.get(c % skus.size());
            clients[c] = new Thread(() -> client(sku), "fault-client-" + c);
            clients[c].start();
        }
    }

    /** Stops sending new requests; requests in flight are sent again until answered (at most 90 s). */
    void stop() throws InterruptedException {
        stopping.set(true);
        for (Thread client : clients) {
            client.join(120_000);
        }
    }

    private void client(String sku) {
        for (int i = 0; !stopping.get(); i++) {
            String key = UUID.randomUUID().toString();
            String reference = prefix + key;
            Map<String, Object> body = i % 2 == 0
                    ? Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 2, "reference", reference)
                    : Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "condition", "NEW", "quantity", 1,
                    "reference", reference);
            send(body, key, reference);
        }
    }

    private void send(Map<String, Object> body, String key, String reference) {
        long giveUp = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < giveUp) {
            Http.Answer answer = api.post("/api/movements", body, key);
            if (answer.status() == 201) {
                acknowledged.put(reference, answer.json().get("id").asLong());
                return;
            }
            if (answer.status() >= 400 && answer.status() < 500) {
                refused.add(reference);
                return;
            }
            if (answer.status() == 503 && answer.body().contains("/problems/database-unavailable")) {
                unavailableProblems.incrementAndGet();
            } else {
                connectionErrors.incrementAndGet();
            }
            pause();
        }
        throw new IllegalStateException("no answer for " + reference + " within 90 s");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
