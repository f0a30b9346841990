package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Read-only answers from the levels, the units and the ledger. */
@Singleton
class StockQueries {

    private static final String LEVELS = """
            SELECT p.sku, l.code, l.kind, s.item_condition, s.on_hand, s.reserved
            FROM stock_level s JOIN part p ON p.id = s.part_id JOIN location l ON l.id = s.location_id
            WHERE s.on_hand > 0""";

    /** The kinds of location whose usable stock serves anyone who asks; vans and quarantine do not. */
    private static final String SERVING_KINDS = "('STORE', 'BIN', 'WORKSHOP')";

    private final Sql sql;
    private final Catalog catalog;
    private final StockUnits units;
    private final StockMovements movements;
    private final List<PipelineFigure> pipeline;
    private final VendorReturnProposals proposals;
    private final Transactions transactions;

    StockQueries(Sql sql, Catalog catalog, StockUnits units, StockMovements movements,
                 List<PipelineFigure> pipeline, VendorReturnProposals proposals, Transactions transactions) {
        this.sql = sql;
        this.catalog = catalog;
        this.units = units;
        this.movements = movements;
        this.pipeline = pipeline;
        this.proposals = proposals;
        this.transactions = transactions;
    }

    public PageView<StockRow> levels(@Nullable String sku, @Nullable String location, @Nullable Condition condition,
                                     Paging paging) {
        return transactions.read(() -> {
            List<Object> values = new ArrayList<>();
            StringBuilder where = new StringBuilder();
            if (sku != null && !sku.isBlank()) {
                where.append(" AND s.part_id = ?");
                values.add(catalog.part(sku).id());
            }
            if (location != null && !location.isBlank()) {
                where.append(" AND s.location_id = ?");
                values.add(catalog.location(Codes.location("location", location)).id());
            }
            if (condition != null) {
                where.append(" AND s.item_condition = ?");
                values.add(condition);
            }
            long total = sql.count("SELECT COUNT(*) FROM stock_level s WHERE s.on_hand > 0" + where, values.toArray());
            values.add(paging.size());
            values.add(paging.offset());
            List<StockRow> rows = sql.list(LEVELS + where + " ORDER BY p.sku, l.code, s.item_condition LIMIT ? OFFSET ?",
                    StockQueries::row, values.toArray());
            return new PageView<>(rows, paging.page(), paging.size(), total);
        });
    }

    public PartStock partStock(String sku) {
        return transactions.read(() -> {
            PartInfo part = catalog.part(sku);
            List<StockRow> rows = sql.list(LEVELS + " AND s.part_id = ? ORDER BY l.code, s.item_condition",
                    StockQueries::row, part.id());
            Map<Condition, long[]> totals = new EnumMap<>(Condition.class);
            for (StockRow row : rows) {
                long[] total = totals.computeIfAbsent(row.condition(), c -> new long[3]);
                total[0] += row.onHand();
                total[1] += row.reserved();
                total[2] += row.available();
            }
            List<PartStock.ConditionTotal> byCondition = totals.entrySet().stream()
                    .map(e -> new PartStock.ConditionTotal(e.getKey(), e.getValue()[0], e.getValue()[1],
                            e.getValue()[2])).toList();
            long onHand = rows.stream().mapToLong(StockRow::onHand).sum();
            long reserved = rows.stream().mapToLong(StockRow::reserved).sum();
            long available = rows.stream().mapToLong(StockRow::available).sum();
            long usable = rows.stream().filter(r -> r.condition().usable()).mapToLong(StockRow::available).sum();
            long inTransit = sql.count("SELECT COALESCE(SUM(s.on_hand), 0) FROM stock_level s JOIN location l "
                    + "ON l.id = s.location_id WHERE s.part_id = ? AND l.kind = 'TRANSIT'", part.id());
            return new PartStock(part.sku(), part.name(), onHand, reserved, available, usable, byCondition, rows,
                    inTransit, figure("inRepair", part.id()), figure("onOrder", part.id()),
                    figure("coresOwed", part.id()), figure("onLoan", part.id()));
        });
    }

    public PageView<MovementView> movements(@Nullable String sku, @Nullable String location, @Nullable MovementType type,
                                            @Nullable Instant from, @Nullable Instant to, @Nullable String reference,
                                            @Nullable String recordedBy, Paging paging) {
        return transactions.read(() -> {
            MovementFilter filter = new MovementFilter(
                    sku == null || sku.isBlank() ? null : catalog.part(sku).id(),
                    location == null || location.isBlank() ? null : catalog.location(Codes.location("location",
                    location)).id(),
                    type, from, to, reference == null || reference.isBlank() ? null : reference.trim(), null,
                    recordedBy == null || recordedBy.isBlank() ? null : recordedBy.trim().toLowerCase(Locale.ROOT));
            return new PageView<>(movements.find(filter, paging.size(), paging.offset()), paging.page(), paging.size(),
                    movements.count(filter));
        });
    }

    public UnitView unit(String serial) {
        return transactions.read(() -> {
            Unit unit = units.find(Codes.serial(serial)).orElseThrow(() -> new NotFound("unit", serial));
            PartInfo part = catalog.part(unit.partId());
            String location = unit.locationId() == null ? null : catalog.location(unit.locationId()).code();
            List<MovementView> history = movements.find(
                    new MovementFilter(null, null, null, null, null, null, unit.serial(), null), Paging.MAX_SIZE, 0);
            UnitSupplierWarranty warranty = proposals.of(unit.info());
            return new UnitView(unit.serial(), part.sku(), part.name(), unit.condition(), location, unit.status(),
                    unit.holder(), unit.owner(), unit.returnCount(), history, warranty.cover(), warranty.until(),
                    warranty.vendorReturnProposed());
        });
    }

    /**
     * Usable stock of a part available now where it can serve anyone (STORE, BIN and WORKSHOP locations): one
     * entry per level, or one per unit for a serialized part (company units in stock, not held).
     */
    public List<Available> usableAvailable(PartInfo part) {
        return usableAvailable(part, SERVING_KINDS);
    }

    /** Usable stock of a part in technicians' vans: theirs, serving others only by a transfer. */
    public List<Available> usableInVans(PartInfo part) {
        return usableAvailable(part, "('VAN')");
    }

    private List<Available> usableAvailable(PartInfo part, String kinds) {
        return transactions.read(() -> part.serialized()
                ? sql.list("SELECT u.serial, u.item_condition, l.id, l.code, l.name, l.kind FROM stock_unit u "
                        + "JOIN location l ON l.id = u.location_id WHERE u.part_id = ? AND u.owner = 'COMPANY' "
                        + "AND u.status = 'IN_STOCK' AND u.item_condition <> 'DEFECTIVE' AND l.kind IN " + kinds
                        + " ORDER BY u.serial",
                row -> new Available(location(row), Condition.valueOf(row.getString("item_condition")), 1,
                        row.getString("serial")), part.id())
                : sql.list("SELECT s.item_condition, s.on_hand - s.reserved AS available, l.id, l.code, l.name, l.kind "
                        + "FROM stock_level s JOIN location l ON l.id = s.location_id WHERE s.part_id = ? "
                        + "AND s.item_condition <> 'DEFECTIVE' AND s.on_hand - s.reserved > 0 AND l.kind IN " + kinds
                        + " ORDER BY l.code",
                row -> new Available(location(row), Condition.valueOf(row.getString("item_condition")),
                        row.getInt("available"), null), part.id()));
    }

    public int onHand(long partId, Place place) {
        return transactions.read(() -> (int) sql.count("SELECT on_hand FROM stock_level WHERE part_id = ? "
                + "AND location_id = ? AND item_condition = ?", partId, place.location().id(), place.condition()));
    }

    public Optional<UnitInfo> findUnit(String serial) {
        return transactions.read(() -> units.find(serial)).map(Unit::info);
    }

    /** Defective stock of a part, available (not held), at WORKSHOP or QUARANTINE locations, workshop first. */
    public List<Available> defectiveInWorkshop(PartInfo part) {
        return transactions.read(() -> sql.list("SELECT s.item_condition, s.on_hand - s.reserved AS available, "
                        + "l.id, l.code, l.name, l.kind FROM stock_level s JOIN location l ON l.id = s.location_id "
                        + "WHERE s.part_id = ? AND s.item_condition = 'DEFECTIVE' AND s.on_hand - s.reserved > 0 "
                        + "AND l.kind IN ('WORKSHOP', 'QUARANTINE') ORDER BY l.kind DESC, l.code",
                row -> new Available(location(row), Condition.DEFECTIVE, row.getInt("available"), null), part.id()));
    }

    private static LocationInfo location(ResultSet row) throws SQLException {
        return new LocationInfo(row.getLong("id"), row.getString("code"), row.getString("name"),
                LocationKind.valueOf(row.getString("kind")));
    }

    private long figure(String name, long partId) {
        return pipeline.stream().filter(f -> f.name().equals(name)).mapToLong(f -> f.count(partId)).sum();
    }

    private static StockRow row(ResultSet row) throws SQLException {
        int onHand = row.getInt("on_hand");
        int reserved = row.getInt("reserved");
        boolean inTransit = LocationKind.valueOf(row.getString("kind")) == LocationKind.TRANSIT;
        return new StockRow(row.getString("sku"), row.getString("code"), Condition.valueOf(row.getString("item_condition")),
                onHand, reserved, inTransit ? 0 : onHand - reserved);
    }
}
