package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Serialized units: one row per serial, following every movement. */
@Singleton
class StockUnits {

    private static final String COLUMNS = "id, serial, part_id, item_condition, location_id, status, holder, owner, return_count";

    private final Sql sql;

    StockUnits(Sql sql) {
        this.sql = sql;
    }

    Optional<Unit> find(String serial) {
        return sql.one("SELECT " + COLUMNS + " FROM stock_unit WHERE serial = ?", StockUnits::unit, serial);
    }

    /** Reads the unit and locks its row until the transaction ends. */
    Optional<Unit> lock(String serial) {
        return sql.one("SELECT " + COLUMNS + " FROM stock_unit WHERE serial = ? FOR UPDATE", StockUnits::unit, serial);
    }

    void save(Unit unit, Instant now) {
        if (unit.id() == null) {
            sql.update("INSERT INTO stock_unit (serial, part_id, item_condition, location_id, status, holder, owner, "
                            + "return_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    unit.serial(), unit.partId(), unit.condition(), unit.locationId(), unit.status(), unit.holder(),
                    unit.owner(), unit.returnCount(), now, now);
        } else {
            sql.update("UPDATE stock_unit SET item_condition = ?, location_id = ?, status = ?, holder = ?, owner = ?, "
                            + "return_count = ?, updated_at = ? WHERE id = ?",
                    unit.condition(), unit.locationId(), unit.status(), unit.holder(), unit.owner(), unit.returnCount(),
                    now, unit.id());
        }
    }

    /** Registers or updates a customer's unit; a serial known as company stock (and not handed to a customer) is refused. */
    void saveCustomerUnit(String serial, PartInfo part, @Nullable LocationInfo location, UnitStatus status, Instant now) {
        save(customerUnit(serial, part, location, status), now);
    }

    /** A customer's item dropped off for repair: it came back faulty, which counts one return; answers its returns. */
    CustomerItemBack customerItemBack(String serial, PartInfo part, LocationInfo location, Instant now) {
        String issuedIn = lock(serial).filter(StockUnits::issuedToACustomer).map(Unit::holder).orElse(null);
        Unit unit = customerUnit(serial, part, location, UnitStatus.IN_REPAIR).cameBack(ReturnReason.FAULTY);
        save(unit, now);
        return new CustomerItemBack(unit.returnCount(), issuedIn);
    }

    /**
     * A company unit handed to a customer (a standard exchange): the customer's now, still known by its serial. A lent
     * unit is not: it stays ours and comes back by its loan's return.
     */
    private static boolean issuedToACustomer(Unit unit) {
        return unit.owner() == Owner.COMPANY && unit.status() == UnitStatus.AT_CUSTOMER && !unit.lent();
    }

    private Unit customerUnit(String serial, PartInfo part, @Nullable LocationInfo location, UnitStatus status) {
        Optional<Unit> known = lock(serial);
        if (known.isPresent() && known.get().owner() == Owner.COMPANY && !issuedToACustomer(known.get())) {
            throw new SerialIsCompanyStock(serial);
        }
        Long locationId = location == null ? null : location.id();
        return known.map(u -> new Unit(u.id(), serial, part.id(), Condition.DEFECTIVE, locationId, status,
                        null, Owner.CUSTOMER, u.returnCount()))
                .orElseGet(() -> new Unit(null, serial, part.id(), Condition.DEFECTIVE, locationId, status,
                        null, Owner.CUSTOMER, 0));
    }

    private static Unit unit(ResultSet row) throws SQLException {
        return new Unit(row.getLong("id"), row.getString("serial"), row.getLong("part_id"),
                Condition.valueOf(row.getString("item_condition")), Sql.longValue(row, "location_id"),
                UnitStatus.valueOf(row.getString("status")), row.getString("holder"), Owner.valueOf(row.getString("owner")),
                row.getInt("return_count"));
    }
}
