package fr.sav.inventory.loan;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.CustomerOwned;
import fr.sav.inventory.stock.InsufficientStock;
import fr.sav.inventory.stock.Owner;
import fr.sav.inventory.stock.SerialOfAnotherPart;
import fr.sav.inventory.stock.UnitInfo;
import fr.sav.inventory.stock.UnitNotAvailable;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** The unit a loan lends: the serial asked for, or the best usable unit of the part in stock. */
@Singleton
class LoanUnits {

    private final Catalog catalog;
    private final Warehouse warehouse;

    LoanUnits(Catalog catalog, Warehouse warehouse) {
        this.catalog = catalog;
        this.warehouse = warehouse;
    }

    Lendable choose(@Nullable String serial, @Nullable String sku) {
        return blank(serial) ? best(sku) : named(serial, sku);
    }

    /** The best usable unit of the part in stock (condition preference), not held by anything. */
    private Lendable best(@Nullable String sku) {
        if (blank(sku)) {
            throw new InvalidRequest("serial", FieldRule.SERIAL_OR_SKU, "give the unit's serial or the part's sku");
        }
        PartInfo part = catalog.part(sku);
        if (!part.serialized()) {
            throw new InvalidRequest("sku", FieldRule.LENT_BY_SERIAL, part.sku() + " is not serialized: only a unit followed by its serial is lent",
                    "sku", part.sku());
        }
        return new Lendable(part, warehouse.rank(warehouse.usableAvailable(part)).stream().findFirst()
                .orElseThrow(() -> new InsufficientStock(part.sku(), "stock", "usable", 1, 0)));
    }

    /**
     * The unit asked for, where it is: a unit of ours on hand. Whether it is free to go (not reserved, not in repair,
     * not DEFECTIVE) is the ledger's to refuse.
     */
    private Lendable named(String serial, @Nullable String sku) {
        String wanted = Codes.serial(serial);
        UnitInfo unit = warehouse.findUnit(wanted).orElseThrow(() -> new NotFound("unit", wanted));
        if (!blank(sku) && catalog.part(sku).id() != unit.partId()) {
            throw new SerialOfAnotherPart(wanted, catalog.part(sku).sku());
        }
        if (unit.owner() == Owner.CUSTOMER) {
            throw new CustomerOwned(wanted, "only our own stock is lent");
        }
        if (unit.locationId() == null) {
            throw UnitNotAvailable.toLend(wanted, unit.status());
        }
        return new Lendable(catalog.part(unit.partId()),
                new Available(catalog.location(unit.locationId()), unit.condition(), 1, wanted));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** A unit that may be lent, and its part. */
    record Lendable(PartInfo part, Available unit) {
    }
}
