package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** Serialized units: one row per serial, following every movement. */
@Singleton
class StockUnits {

    private final UnitRows rows;

    StockUnits(UnitRows rows) {
        this.rows = rows;
    }

    Optional<Unit> find(String serial) {
        return rows.findBySerial(serial);
    }

    /** Reads the unit and locks its row until the transaction ends. */
    Optional<Unit> lock(String serial) {
        return rows.findBySerialForUpdate(serial);
    }

    void save(Unit unit, Instant now) {
        if (unit.id() == null) {
            rows.insert(unit.serial(), unit.partId(), unit.condition(), unit.locationId(), unit.status(), unit.holder(),
                    unit.owner(), unit.returnCount(), now);
        } else {
            rows.update(unit.id(), unit.condition(), unit.locationId(), unit.status(), unit.holder(), unit.owner(),
                    unit.returnCount(), now);
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
}
