package fr.sav.inventory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scale-out on a three-node MariaDB Galera cluster on loopback, from Debian's mariadb-server and galera-4
 * packages: three data directories, three ports, rsync state transfers. One service instance per node; 200
 * concurrent ISSUE requests for 50 pieces, spread over the three instances, issue exactly 50; every node
 * holds the same ledger and levels; the certification conflicts the nodes raise are retried like deadlocks
 * (each instance's retry counter says how many). Exits non-zero when a check fails.
 */
public final class GaleraSuite {

    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final int NODES = 3;
    private static final int FIRST_SQL_PORT = 3331;
    private static final int FIRST_GALERA_PORT = 4571;
    private static final int FIRST_SERVICE_PORT = 18101;

    private GaleraSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        if (!Files.exists(PROVIDER)) {
            Bench.log("FAILED: no wsrep provider at %s; install it with: apt-get install galera-4 rsync", PROVIDER);
            System.exit(2);
        }
        List<String> problems = new ArrayList<>();
        List<PrivateMariaDb> nodes = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        try {
            for (int i = 0; i < NODES; i++) {
                PrivateMariaDb node = new PrivateMariaDb(root.resolve("bench/results/galera/node" + (i + 1)),
                        FIRST_SQL_PORT + i, galeraOptions(i), "mysql");
                nodes.add(node);
                node.install().start();
                long size = node.database("mysql").count(
                        "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_CLUSTER_SIZE'");
                Bench.log("node %d up on port %d; cluster size %d", i + 1, FIRST_SQL_PORT + i, size);
            }
            Database first = nodes.get(0).database("inventory_galera");
            first.recreate();
            List<Http> instances = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                Map<String, String> env = new HashMap<>(FaultSuite.serviceEnv(nodes.get(i).database("inventory_galera")));
                Service service = Service.start(root, FIRST_SERVICE_PORT + i, env, "384m");
                services.add(service);
                instances.add(new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD));
                Bench.log("service instance %d on port %d uses node %d", i + 1, FIRST_SERVICE_PORT + i, i + 1);
            }
            problems.addAll(FaultSuite.LastPieces.race(instances, first, "GAL", 200, 50));
            problems.addAll(sameOnEveryNode(nodes));
            long retries = 0;
            for (Http instance : instances) {
                retries += retryCount(instance);
            }
            Bench.log("transactions retried after a deadlock or certification conflict, all instances: %d", retries);
        } catch (Exception e) {
            problems.add(e.toString());
            e.printStackTrace();
        } finally {
            services.forEach(Service::close);
            for (int i = nodes.size() - 1; i >= 0; i--) {
                nodes.get(i).close();
            }
        }
        problems.forEach(p -> Bench.log("FAILED: %s", p));
        Bench.log(problems.isEmpty() ? "Galera scale-out passed" : "Galera scale-out FAILED");
        Bench.writeTranscript(root, "docs/galera.md", "Scale-out on a Galera cluster", "`bench/galera`: a three-node "
                + "MariaDB Galera cluster on loopback (Debian's mariadb-server and galera-4, rsync state transfers), one "
                + "service instance per node, 200 concurrent ISSUE requests for 50 pieces spread over the three "
                + "instances; then the ledger and levels read on every node, and the instances' retry counters.");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** The first node bootstraps the cluster; the others join it and receive its state over rsync. */
    private static List<String> galeraOptions(int node) {
        int port = FIRST_GALERA_PORT + 10 * node;
        List<String> members = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            members.add("127.0.0.1:" + (FIRST_GALERA_PORT + 10 * i));
        }
        List<String> options = new ArrayList<>(List.of("--wsrep-on=ON", "--wsrep-provider=" + PROVIDER,
                "--wsrep-cluster-name=inventory-bench", "--wsrep-node-name=node" + (node + 1),
                "--wsrep-node-address=127.0.0.1",
                "--wsrep-cluster-address=gcomm://" + (node == 0 ? "" : String.join(",", members)),
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + port + ";ist.recv_addr=127.0.0.1:"
                        + (port + 1) + ";gcache.size=64M",
                "--wsrep-sst-method=rsync", "--wsrep-sst-receive-address=127.0.0.1:" + (port + 2),
                "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--default-storage-engine=InnoDB"));
        if (node == 0) {
            options.add("--wsrep-new-cluster");
        }
        return options;
    }

    /** Ledger size, ledger checksum and levels against the ledger replay, read on every node. */
    private static List<String> sameOnEveryNode(List<PrivateMariaDb> nodes) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).sql("SET GLOBAL wsrep_sync_wait = 1");
            Database db = nodes.get(i).database("inventory_galera");
            String state = db.count("SELECT COUNT(*) FROM stock_movement") + " movements, level sum "
                    + db.count("SELECT COALESCE(SUM(on_hand), 0) FROM stock_level");
            long mismatches = db.count(Audit.MISMATCHES);
            Bench.log("node %d: %s, levels vs ledger replay mismatches %d", i + 1, state, mismatches);
            if (mismatches > 0) {
                problems.add("node " + (i + 1) + ": " + mismatches + " stock level(s) differ from the ledger replay");
            }
            states.add(state);
        }
        if (states.stream().distinct().count() != 1) {
            problems.add("the nodes disagree: " + states);
        }
        return problems;
    }

    private static long retryCount(Http instance) {
        for (String line : instance.get("/prometheus").body().split("\n")) {
            if (line.startsWith("inventory_transaction_retries_total")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
