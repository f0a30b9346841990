package fr.sav.inventory.repair;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.Owner;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.UnitInfo;
import fr.sav.inventory.stock.UnitStatus;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * What a company item's repair does to stock, always through the warehouse: the DEFECTIVE piece is held
 * for its order while in the workshop, follows it to a subcontractor and back, and comes back usable
 * (a REGRADE) or leaves (a SCRAP, with harvested components received).
 */
@Singleton
class RepairStock {

    private final Warehouse warehouse;
    private final Catalog catalog;

    RepairStock(Warehouse warehouse, Catalog catalog) {
        this.warehouse = warehouse;
        this.catalog = catalog;
    }

    /** Finds the defective item in the workshop or quarantine and holds it for the order; answers where it is. */
    LocationInfo intake(String number, PartInfo part, @Nullable String serial, @Nullable String location) {
        String wanted = location == null || location.isBlank() ? null : Codes.location("location", location);
        if (serial != null) {
            UnitInfo unit = warehouse.findUnit(serial).orElseThrow(() -> new NotFound("unit", serial));
            LocationInfo where = unit.locationId() == null ? null : catalog.location(unit.locationId());
            boolean defectiveInWorkshop = unit.owner() == Owner.COMPANY && unit.partId() == part.id()
                    && unit.status() == UnitStatus.IN_STOCK && unit.condition() == Condition.DEFECTIVE
                    && where != null && where.kind().receivesReturns() && (wanted == null || wanted.equals(where.code()));
            if (!defectiveInWorkshop) {
                throw NotDefectiveStock.unit(part.sku(), serial, unit.status(), unit.condition(),
                        where == null ? null : where.code());
            }
            warehouse.hold(part, new Place(where, Condition.DEFECTIVE), 1, serial, UnitStatus.IN_REPAIR, number);
            return where;
        }
        List<Available> defective = warehouse.defectiveInWorkshop(part).stream()
                .filter(a -> wanted == null || a.location().code().equals(wanted)).toList();
        if (defective.isEmpty()) {
            throw NotDefectiveStock.none(part.sku(), wanted);
        }
        LocationInfo where = defective.get(0).location();
        warehouse.hold(part, new Place(where, Condition.DEFECTIVE), 1, null, UnitStatus.IN_REPAIR, number);
        return where;
    }

    /** Moves the held item (to a subcontractor, or back), holding it again where it lands. */
    void move(RepairOrder order, PartInfo part, LocationInfo from, LocationInfo to, UnitStatus purpose, String actor) {
        Place source = new Place(from, Condition.DEFECTIVE);
        Place target = new Place(to, Condition.DEFECTIVE);
        warehouse.release(part, source, 1, order.serial());
        warehouse.post(StockChange.of(MovementType.TRANSFER, part).serial(order.serial()).from(source).to(target)
                .reference(order.number()).build(), actor);
        warehouse.hold(part, target, 1, order.serial(), purpose, order.number());
    }

    /** The repaired item becomes usable stock in the given condition, where it is, worth its defective value plus the order's cost. */
    void complete(RepairOrder order, PartInfo part, LocationInfo at, Condition condition, String actor) {
        Place held = new Place(at, Condition.DEFECTIVE);
        warehouse.release(part, held, 1, order.serial());
        warehouse.post(StockChange.of(MovementType.REGRADE, part).serial(order.serial()).from(held)
                .to(new Place(at, condition)).reference(order.number()).addingRepairCost(order.totalCost()).build(), actor);
    }

    /** The item leaves stock; harvested components enter it where the item was. */
    void scrap(RepairOrder order, PartInfo part, LocationInfo at, List<Harvested> harvest, String actor) {
        Place held = new Place(at, Condition.DEFECTIVE);
        warehouse.release(part, held, 1, order.serial());
        warehouse.post(StockChange.of(MovementType.SCRAP, part).serial(order.serial()).from(held)
                .reference(order.number()).note("scrapped after repair order " + order.number()).build(), actor);
        for (Harvested piece : harvest) {
            warehouse.post(StockChange.of(MovementType.RECEIPT, piece.part()).quantity(piece.quantity())
                    .serial(piece.serial()).to(new Place(at, piece.condition())).reference(order.number())
                    .note("harvested from " + part.sku() + (order.serial() == null ? "" : " " + order.serial())).build(), actor);
        }
    }

    /** A customer's item given up for an exchange comes into the workshop as our DEFECTIVE core. */
    void takeAsCore(RepairOrder order, PartInfo part, LocationInfo workshop, String exchange, String actor) {
        warehouse.takeAsCore(part, order.serial(), workshop, exchange, actor);
    }

    /** A component taken from a scrapped item. */
    record Harvested(PartInfo part, int quantity, Condition condition, @Nullable String serial) {
    }
}
