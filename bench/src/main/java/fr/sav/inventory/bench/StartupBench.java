package fr.sav.inventory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Start to ready (first 200 from /health): with the database up, and with the embedded MariaDB. */
final class StartupBench {

    private StartupBench() {
    }

    static List<String> report(Path root, int runs) throws Exception {
        Database db = Database.local("inventory_bench_startup");
        db.recreate();
        Service.start(root, 18090, db.serviceEnv(), "512m").close();
        List<Double> up = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (Service service = Service.start(root, 18090, db.serviceEnv(), "512m")) {
                up.add((double) service.startupMillis());
                Bench.log("start with the database up: %d ms", service.startupMillis());
            }
        }
        Path archive = root.resolve("bench/results/startup.jsa");
        Files.deleteIfExists(archive);
        Service.start(root, 18090, db.serviceEnv(), "512m", List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off")).close();
        List<Double> cds = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (Service service = Service.start(root, 18090, db.serviceEnv(), "512m",
                    List.of("-XX:SharedArchiveFile=" + archive))) {
                cds.add((double) service.startupMillis());
                Bench.log("start with the database up and the class-data archive: %d ms", service.startupMillis());
            }
        }
        Path data = root.resolve("bench/results/embedded-mariadb");
        deleteTree(data);
        Map<String, String> embedded = new HashMap<>();
        embedded.put("INVENTORY_EMBEDDED_DB", "always");
        embedded.put("INVENTORY_EMBEDDED_DATA_DIR", data.toString());
        embedded.put("INVENTORY_EMBEDDED_DB_PORT", "3317");
        long first;
        try (Service service = Service.start(root, 18091, embedded, "512m")) {
            first = service.startupMillis();
            Bench.log("first start with the embedded database: %d ms", first);
        }
        List<Double> again = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (Service service = Service.start(root, 18091, embedded, "512m")) {
                again.add((double) service.startupMillis());
                Bench.log("start with the embedded database: %d ms", service.startupMillis());
            }
        }
        return List.of(BenchmarkSuite.section("Start to ready"),
                "From launching `java -jar inventory-api/target/inventory-api.jar` to the first 200 from `/health` "
                        + "(JVM start included). Target: < 3 s with the database up. `inventory-api/run` (the README's "
                        + "run command) adds the class-data archive (AppCDS) its first run of a build records.",
                "",
                BenchmarkSuite.row("database", "start to ready (ms)"),
                "|---|---|",
                BenchmarkSuite.row("MariaDB up, schema migrated, plain `java -jar`", Bench.median(up)),
                BenchmarkSuite.row("MariaDB up, with the class-data archive (`inventory-api/run`)", Bench.median(cds)),
                BenchmarkSuite.row("embedded MariaDB, first start (unpack, install, migrate)", (double) first),
                BenchmarkSuite.row("embedded MariaDB, later starts", Bench.median(again)));
    }

    static void deleteTree(Path path) throws Exception {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
