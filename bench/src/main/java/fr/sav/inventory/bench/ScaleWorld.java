package fr.sav.inventory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scale benchmark's world: P parts, L locations (a workshop in ten) and M movements over three years, generated as
 * the service would have recorded them (levels and running totals equal to the ledger's sums) and loaded with LOAD DATA
 * into its own database, which later runs reuse. Sizes: {@code -Dscale.parts}, {@code -Dscale.locations},
 * {@code -Dscale.movements} (100,000, 5,000 and 20,000,000 by default).
 */
record ScaleWorld(int parts, int locations, long movements) {

    /** Who recorded the generated ledger: movements added by the benchmark itself are recorded by someone else. */
    static final String RECORDED_BY = "scale-load";
    static final Instant START = Instant.parse("2023-12-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(1095);

    static ScaleWorld fromProperties() {
        ScaleWorld world = new ScaleWorld(Integer.getInteger("scale.parts", 100_000),
                Integer.getInteger("scale.locations", 5_000), Long.getLong("scale.movements", 20_000_000L));
        if (world.locations < 20 || world.parts < 1 || world.movements < world.parts) {
            throw new IllegalArgumentException("a world needs 20 locations or more and a movement per part: " + world);
        }
        return world;
    }

    Database database() {
        return Database.local(System.getProperty("scale.db", "inventory_scale_world"));
    }

    static String sku(int part) {
        return String.format(Locale.ROOT, "SCL-%06d", part);
    }

    static String location(int index) {
        return String.format(Locale.ROOT, "SCL-L%04d", index);
    }

    /** Locations 9, 19, 29… are workshops (where DEFECTIVE returns go), the others stores. */
    static boolean workshop(int index) {
        return index % 10 == 9;
    }

    /** The location index of a part's slot: two stores apart, and a workshop. */
    int place(int part, int slot) {
        int stores = locations - locations / 10;
        return switch (slot) {
            case 0 -> store((int) ((part * 7L) % stores));
            case 1 -> store((int) ((part * 7L + 1 + part % 97) % stores));
            default -> (part % (locations / 10)) * 10 + 9;
        };
    }

    private static int store(int k) {
        return (k / 9) * 10 + k % 9;
    }

    /** The ledger table's secondary keys and foreign keys, as SHOW CREATE TABLE writes them. */
    private static List<String> secondaryKeys(Statement statement) throws java.sql.SQLException {
        try (var rows = statement.executeQuery("SHOW CREATE TABLE stock_movement")) {
            rows.next();
            return rows.getString(2).lines().map(String::trim).map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
                    .filter(line -> line.startsWith("KEY ") || (line.startsWith("CONSTRAINT ") && line.contains("FOREIGN KEY"))).toList();
        }
    }

    /** How the kept world was loaded, as its load recorded it. */
    String loadedAs(Database db) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT loaded_at, seconds, ledger_seconds, load_seconds, index_seconds, "
                     + "load_average FROM bench_scale_load")) {
            if (!row.next()) {
                return "its load not recorded";
            }
            return String.format(Locale.ROOT, "loaded on %s UTC in %d s, the ledger's %,d movements in %d s (LOAD DATA "
                    + "with the primary key alone %d s, %,.0f rows/s; its secondary and foreign keys added after, %d s; "
                    + "load average %s)", row.getString(1), row.getInt(2), movements, row.getInt(3), row.getInt(4),
                    movements / (double) Math.max(1, row.getInt(4)), row.getInt(5), row.getString(6));
        } catch (java.sql.SQLException notRecorded) {
            return "its load not recorded";
        }
    }

    /** Whether the database holds this world: its parts, locations and generated ledger. */
    boolean present(Database db) {
        try {
            return db.count("SELECT COUNT(*) FROM part WHERE sku LIKE 'SCL-%'") == parts
                    && db.count("SELECT COUNT(*) FROM location WHERE code LIKE 'SCL-L%'") == locations
                    && db.count("SELECT COALESCE(MAX(id), 0) FROM stock_movement WHERE recorded_by = '" + RECORDED_BY + "'")
                    == movements
                    && db.count("SELECT COALESCE(MIN(id), 0) FROM stock_movement") == 1;
        } catch (Exception notThere) {
            return false;
        }
    }

    /**
     * Creates the database, lets the service migrate it, then loads the world: the ledger as one LOAD DATA into the
     * table stripped of its secondary keys and foreign keys, which are added again afterwards (InnoDB then sorts each
     * index once: inserted row by row, they outgrow the 128 MiB buffer pool and the load slows to a few thousand rows
     * a second), then the levels and totals the generator summed. Answers the seconds it took.
     */
    double load(Path root) throws Exception {
        long started = System.nanoTime();
        Database db = database();
        db.recreate();
        try (Service service = Service.start(root, 18089, db.serviceEnv(), "512m")) {
            Http api = new Http(service.uri()).login("admin", Bench.ADMIN_PASSWORD);
            ScanBench.check(api.post("/api/suppliers", Map.of("code", "SCL-SUP", "name", "Scale supplier",
                    "leadTimeDays", 10), null));
        }
        Path dir = Files.createDirectories(root.resolve("bench/results"));
        ImportBench.write(dir.resolve("scale-locations.tsv"), null, locations, i -> location(i) + "\tEmplacement " + i
                + "\t" + (workshop(i) ? "WORKSHOP" : "STORE") + "\t2023-11-01");
        ImportBench.load(db, dir.resolve("scale-locations.tsv"), "location (code, name, kind, created_at)");
        long firstLocation = db.count("SELECT MIN(id) FROM location WHERE code LIKE 'SCL-L%'");
        ImportBench.write(dir.resolve("scale-parts.tsv"), null, parts, i -> sku(i) + "\tPièce " + i + "\tFAM" + (i % 50)
                + "\tPIECE\t0\t0\t" + ValuationLedger.cents(ValuationLedger.standard(i)) + "\t2023-11-01\t2023-11-01");
        ImportBench.load(db, dir.resolve("scale-parts.tsv"),
                "part (sku, name, family, unit, serialized, repairable, standard_cost, created_at, updated_at)");
        long firstPart = db.count("SELECT MIN(id) FROM part WHERE sku LIKE 'SCL-%'");
        long supplier = db.count("SELECT id FROM supplier WHERE code = 'SCL-SUP'");
        ImportBench.write(dir.resolve("scale-offers.tsv"), null, parts, i -> supplier + "\t" + (firstPart + i) + "\tR" + i
                + "\t" + (5 + i % 50) + ".00\tEUR\t" + (1 + i % 4) + "\t" + (1 + i % 2) + "\t\\N\t1\t2026-01-01");
        ImportBench.load(db, dir.resolve("scale-offers.tsv"), "supplier_offer (supplier_id, part_id, supplier_ref, "
                + "price, currency, min_order_qty, pack_size, lead_time_days, preferred, updated_at)");
        Bench.log("scale: catalog loaded (%,d parts, %,d locations) in %.0f s", parts, locations,
                (System.nanoTime() - started) / 1e9);
        long generating = System.nanoTime();
        Path ledger = dir.resolve("scale-ledger.tsv");
        ValuationLedger.Totals totals = ValuationLedger.write(ledger, firstPart, parts, movements,
                (part, slot) -> firstLocation + place(part, slot), START, SPAN, RECORDED_BY);
        Bench.log("scale: %,d movements written in %.0f s", movements, (System.nanoTime() - generating) / 1e9);
        ImportBench.write(dir.resolve("scale-levels.tsv"), null, parts * 3, i -> (firstPart + i / 3) + "\t"
                + (firstLocation + place(i / 3, i % 3)) + "\t" + (i % 3 == 2 ? "DEFECTIVE" : "NEW") + "\t"
                + totals.level()[i / 3][i % 3] + "\t0");
        ImportBench.write(dir.resolve("scale-values.tsv"), null, parts * 2, i -> (firstPart + i / 2) + "\t"
                + (i % 2 == 1 ? "DEFECTIVE" : "NEW") + "\t" + totals.quantity()[i / 2][i % 2] + "\t"
                + ValuationLedger.cents(totals.value()[i / 2][i % 2]));
        long loading = System.nanoTime();
        double[] phases = new double[2];
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
            List<String> keys = secondaryKeys(statement);
            statement.execute("ALTER TABLE stock_movement " + String.join(", ", keys.stream().map(key -> key.startsWith("CONSTRAINT")
                    ? "DROP FOREIGN KEY " + key.split("\\s+")[1] : "DROP INDEX " + key.split("\\s+")[1]).toList()));
            statement.execute("LOAD DATA LOCAL INFILE '" + ledger.toAbsolutePath() + "' INTO TABLE " + ValuationLedger.COLUMNS);
            phases[0] = (System.nanoTime() - loading) / 1e9;
            Bench.log("scale: LOAD DATA of %,d movements (primary key only) in %.0f s", movements, phases[0]);
            statement.execute("ALTER TABLE stock_movement " + String.join(", ", keys.stream().filter(k -> !k.startsWith("CONSTRAINT"))
                    .map(key -> "ADD " + key).toList()));
            statement.execute("ALTER TABLE stock_movement " + String.join(", ", keys.stream().filter(k -> k.startsWith("CONSTRAINT"))
                    .map(key -> "ADD " + key).toList()));
            phases[1] = (System.nanoTime() - loading) / 1e9 - phases[0];
            Bench.log("scale: %d keys of the ledger built again in %.0f s", keys.size(), phases[1]);
        }
        double ledgerSeconds = (System.nanoTime() - loading) / 1e9;
        Bench.log("scale: ledger of %,d movements loaded and indexed in %.0f s (%,.0f rows/s)", movements, ledgerSeconds,
                movements / ledgerSeconds);
        ImportBench.load(db, dir.resolve("scale-levels.tsv"),
                "stock_level (part_id, location_id, item_condition, on_hand, reserved)");
        ImportBench.load(db, dir.resolve("scale-values.tsv"), "stock_value (part_id, item_condition, quantity, value)");
        db.execute("ANALYZE TABLE stock_movement, stock_level, stock_value, part, location");
        Files.deleteIfExists(ledger);
        double seconds = (System.nanoTime() - started) / 1e9;
        Bench.log("scale: world loaded in %.0f s", seconds);
        db.execute("CREATE TABLE bench_scale_load (loaded_at DATETIME NOT NULL, seconds INT NOT NULL, "
                + "ledger_seconds INT NOT NULL, load_seconds INT NOT NULL, index_seconds INT NOT NULL, load_average VARCHAR(40))",
                String.format(Locale.ROOT, "INSERT INTO bench_scale_load VALUES (NOW(), %.0f, %.0f, %.0f, %.0f, '%s')", seconds,
                        ledgerSeconds, phases[0], phases[1], Bench.loadAverage()));
        return seconds;
    }
}
