package fr.sav.inventory.repair;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.NoLocationOfKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.WrongLocationKind;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.stock.CustomerItemBack;
import fr.sav.inventory.stock.Owner;
import fr.sav.inventory.stock.UnitStatus;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** Where a repair order's item is: its intake place, the places of each kind it goes to, a customer unit's trace. */
@Singleton
class RepairPlaces {

    private final RepairStock stock;
    private final Catalog catalog;
    private final Warehouse warehouse;

    RepairPlaces(RepairStock stock, Catalog catalog, Warehouse warehouse) {
        this.stock = stock;
        this.catalog = catalog;
        this.warehouse = warehouse;
    }

    LocationInfo companyIntake(RepairOrder order, @Nullable PartInfo part, @Nullable String location) {
        if (part == null) {
            throw new InvalidRequest("sku", FieldRule.COMPANY_REPAIR_SKU,
                    "a company repair order needs the part's sku");
        }
        if (part.serialized() && order.serial() == null) {
            throw new InvalidRequest("serial", FieldRule.SERIAL_NEEDED,
                    part.sku() + " is serialized: give the unit's serial", "sku", part.sku());
        }
        order.cameBack(order.serial() == null ? 0
                : warehouse.findUnit(order.serial()).map(u -> u.returnCount()).orElse(0), null);
        return stock.intake(order.number(), part, order.serial(), location);
    }

    LocationInfo customerIntake(RepairOrder order, @Nullable PartInfo part, @Nullable String location) {
        if (part == null && (order.description() == null || order.description().isBlank())) {
            throw new InvalidRequest("description", FieldRule.SKU_OR_DESCRIPTION,
                    "a customer's item needs a sku or a description");
        }
        LocationInfo workshop = ofKind(LocationKind.WORKSHOP, location, null);
        if (part != null && order.serial() != null) {
            CustomerItemBack back = warehouse.receiveCustomerItem(order.serial(), part, workshop);
            order.cameBack(back.returnCount(), back.issuedIn());
        }
        return workshop;
    }

    void trackCustomerUnit(RepairOrder order, UnitStatus status) {
        if (order.owner() == Owner.CUSTOMER && order.partId() != null && order.serial() != null) {
            warehouse.trackCustomerUnit(order.serial(), catalog.part(order.partId()),
                    order.locationId() == null ? null : catalog.location(order.locationId()), status);
        }
    }

    /** The location given (which must be of the kind), else one named like the supplier, else the first of the kind. */
    LocationInfo ofKind(LocationKind kind, @Nullable String code, @Nullable String preferredCode) {
        if (code != null && !code.isBlank()) {
            LocationInfo location = catalog.location(Codes.location("location", code));
            if (location.kind() != kind && !(kind == LocationKind.WORKSHOP && location.kind().receivesReturns())) {
                throw WrongLocationKind.needed(location.code(), location.kind(), kind);
            }
            return location;
        }
        return catalog.firstOfKind(kind, preferredCode).orElseThrow(() -> new NoLocationOfKind(kind));
    }
}
