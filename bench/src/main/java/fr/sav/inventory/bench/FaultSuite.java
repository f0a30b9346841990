package fr.sav.inventory.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault scenarios on a MariaDB server of their own: the database killed and restarted under scan load, the
 * service killed (SIGKILL) and restarted under load, and two service instances racing for the last pieces.
 * After each: every acknowledged movement is in the ledger exactly once, no refused one is, and the levels
 * equal the ledger replay. Exits non-zero when any check fails.
 */
public final class FaultSuite {

    private static final int DB_PORT = 3320;

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        List<String> failures = new ArrayList<>();
        try (PrivateMariaDb server = new PrivateMariaDb(root.resolve("bench/results/fault-db"), DB_PORT, List.of())) {
            server.install().start();
            Database db = server.database("inventory_fault");
            db.recreate();
            scenario("database killed and restarted under load", failures, () -> databaseRestart(root, server, db));
            scenario("service killed with SIGKILL and restarted under load", failures, () -> serviceKill(root, db));
            scenario("two instances, 200 requests for 50 pieces", failures, () -> twoInstances(root, db));
        }
        failures.forEach(f -> Bench.log("FAILED: %s", f));
        Bench.log(failures.isEmpty() ? "all fault scenarios passed" : failures.size() + " fault scenario(s) failed");
        Bench.writeTranscript(root, "docs/faults.md", "Fault scenarios", "`bench/faults`: on a MariaDB server of its "
                + "own, the database killed (SIGKILL) and restarted under scan load, the service killed (SIGKILL) and "
                + "restarted under load, two instances racing for the last pieces. After each, every acknowledged "
                + "movement is in the ledger exactly once, no refused one is, and the levels equal the ledger replay.");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    interface Scenario {
        List<String> run() throws Exception;
    }

    private static void scenario(String name, List<String> failures, Scenario scenario) {
        Bench.log("scenario: %s", name);
        try {
            List<String> problems = scenario.run();
            problems.forEach(p -> failures.add(name + ": " + p));
            Bench.log("%s: %s", name, problems.isEmpty() ? "passed" : "FAILED " + problems);
        } catch (Exception e) {
            failures.add(name + ": " + e);
            e.printStackTrace();
        }
    }

    private static List<String> databaseRestart(Path root, PrivateMariaDb server, Database db) throws Exception {
        try (Service service = Service.start(root, 18086, serviceEnv(db), "512m")) {
            Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
            FaultLoad load = new FaultLoad(api, "DBR-", setUp(api, "DBR", 8), "FAULT-STORE");
            load.start(8);
            Thread.sleep(3_000);
            server.kill();
            Bench.log("database killed; clients keep scanning");
            Thread.sleep(5_000);
            int duringOutage = load.unavailableProblems.get();
            server.start();
            Bench.log("database restarted");
            Thread.sleep(5_000);
            load.stop();
            List<String> problems = verify(db, load);
            if (duringOutage == 0) {
                problems.add("no 503 problem+json (database-unavailable) was answered while the database was down");
            }
            if (new Http(service.uri()).status("/health") != 200) {
                problems.add("the service did not come back by itself");
            }
            Bench.log("acknowledged %d, refused %d, 503 answers %d, other errors %d", load.acknowledged.size(),
                    load.refused.size(), load.unavailableProblems.get(), load.connectionErrors.get());
            return problems;
        }
    }

    private static List<String> serviceKill(Path root, Database db) throws Exception {
        Service service = Service.start(root, 18087, serviceEnv(db), "512m");
        Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
        FaultLoad load = new FaultLoad(api, "KILL-", setUp(api, "KILL", 8), "FAULT-STORE");
        load.start(8);
        Thread.sleep(3_000);
        service.kill();
        Bench.log("service killed (SIGKILL); clients keep scanning");
        Thread.sleep(2_000);
        try (Service again = Service.start(root, 18087, serviceEnv(db), "512m")) {
            load.use(new Http(again.uri()).login("admin", Bench.ADMIN_PASSWORD));
            Bench.log("service restarted in %d ms", again.startupMillis());
            Thread.sleep(4_000);
            load.stop();
            Bench.log("acknowledged %d, refused %d, connection errors %d", load.acknowledged.size(), load.refused.size(),
                    load.connectionErrors.get());
            return verify(db, load);
        }
    }

    private static List<String> twoInstances(Path root, Database db) throws Exception {
        try (Service first = Service.start(root, 18088, serviceEnv(db), "512m");
             Service second = Service.start(root, 18089, serviceEnv(db), "512m")) {
            return LastPieces.race(List.of(new Http(first.uri()).login("admin", Bench.ADMIN_PASSWORD),
                    new Http(second.uri()).login("admin", Bench.ADMIN_PASSWORD)), db, "TWO", 200, 50);
        }
    }

    static Map<String, String> serviceEnv(Database db) {
        Map<String, String> env = new HashMap<>(db.serviceEnv());
        env.put("INVENTORY_JWT_SECRET", "fault-scenarios-shared-secret-0123456789abcdef");
        return env;
    }

    private static List<String> setUp(Http api, String prefix, int parts) {
        Http.Answer store = api.post("/api/locations", Map.of("code", "FAULT-STORE", "name", "Fault store", "kind", "STORE"), null);
        if (store.status() != 409) {
            ScanBench.check(store);
        }
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            String sku = prefix + "-" + i;
            ScanBench.check(api.post("/api/parts", Map.of("sku", sku, "name", "Fault part " + i), null));
            skus.add(sku);
        }
        return skus;
    }

    /** The ledger against what the clients were told, then the levels against the ledger. */
    static List<String> verify(Database db, FaultLoad load) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ledger = new HashMap<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT reference, COUNT(*) FROM stock_movement "
                     + "WHERE reference LIKE '" + load.prefix + "%' GROUP BY reference")) {
            while (rows.next()) {
                ledger.put(rows.getString(1), rows.getInt(2));
            }
        }
        long missing = load.acknowledged.keySet().stream().filter(ref -> !ledger.containsKey(ref)).count();
        long doubled = ledger.values().stream().filter(count -> count > 1).count();
        long refusedButWritten = load.refused.stream().filter(ledger::containsKey).count();
        long writtenButNotAcknowledged = ledger.keySet().stream().filter(ref -> !load.acknowledged.containsKey(ref)).count();
        if (missing > 0) {
            problems.add(missing + " acknowledged movement(s) missing from the ledger");
        }
        if (doubled > 0) {
            problems.add(doubled + " movement(s) written twice");
        }
        if (refusedButWritten > 0) {
            problems.add(refusedButWritten + " refused movement(s) in the ledger");
        }
        if (writtenButNotAcknowledged > 0) {
            problems.add(writtenButNotAcknowledged + " movement(s) in the ledger that no client was told about");
        }
        long mismatched = db.count(Audit.MISMATCHES);
        if (mismatched > 0) {
            problems.add(mismatched + " stock level(s) differ from the ledger replay");
        }
        if (load.acknowledged.isEmpty()) {
            problems.add("no movement was acknowledged at all");
        }
        Bench.log("ledger: %d movements of this load, %d acknowledged, levels vs replay mismatches %d", ledger.size(),
                load.acknowledged.size(), mismatched);
        return problems;
    }

    /** Concurrent ISSUE requests, spread over the instances, for a few pieces: exactly that many win. */
    static final class LastPieces {

        private LastPieces() {
        }

        static List<String> race(List<Http> instances, Database db, String prefix, int requests, int pieces)
                throws Exception {
            Http first = instances.get(0);
            String sku = prefix + "-LAST-" + System.nanoTime();
            String store = prefix + "-STORE-" + System.nanoTime() % 100000;
            ScanBench.check(first.post("/api/locations", Map.of("code", store, "name", "Race", "kind", "STORE"), null));
            ScanBench.check(first.post("/api/parts", Map.of("sku", sku, "name", "Last pieces"), null));
            ScanBench.check(first.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store,
                    "quantity", pieces), null));
            AtomicInteger won = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            List<String> other = new java.util.concurrent.CopyOnWriteArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Http api = instances.get(i % instances.size());
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    Http.Answer answer = api.post("/api/movements", Map.of("type", "ISSUE", "sku", sku,
                            "fromLocation", store, "condition", "NEW"), null);
                    if (answer.status() == 201) {
                        won.incrementAndGet();
                    } else if (answer.status() == 409 && answer.body().contains("insufficient-stock")) {
                        refused.incrementAndGet();
                    } else {
                        other.add(answer.status() + " " + answer.body());
                    }
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread thread : threads) {
                thread.join(120_000);
            }
            List<String> problems = new ArrayList<>();
            long issued = db.count("SELECT COUNT(*) FROM stock_movement m JOIN part p ON p.id = m.part_id "
                    + "WHERE p.sku = '" + sku + "' AND m.type = 'ISSUE'");
            long onHand = db.count("SELECT COALESCE(SUM(s.on_hand), 0) FROM stock_level s JOIN part p ON p.id = s.part_id "
                    + "WHERE p.sku = '" + sku + "'");
            Bench.log("%d requests for %d pieces over %d instance(s): %d issued, %d refused, %d other; ledger %d, on hand %d",
                    requests, pieces, instances.size(), won.get(), refused.get(), other.size(), issued, onHand);
            if (won.get() != pieces || issued != pieces || onHand != 0) {
                problems.add(won.get() + " won and " + issued + " in the ledger for " + pieces + " pieces; on hand " + onHand);
            }
            if (refused.get() != requests - pieces) {
                problems.add(refused.get() + " refused instead of " + (requests - pieces) + "; others: " + other);
            }
            return problems;
        }
    }
}
