package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Stock held for a purpose (a reservation, a repair order): reserved rises and available falls while
 * on-hand stays; a held serialized unit takes the status of its purpose. No movement is written: nothing
 * has left the shelf.
 */
@Singleton
class Holds {

    private final StockLevels levels;
    private final StockUnits units;
    private final Clock clock;

    Holds(StockLevels levels, StockUnits units, Clock clock) {
        this.levels = levels;
        this.units = units;
        this.clock = clock;
    }

    void hold(PartInfo part, Place place, int quantity, @Nullable String serial, UnitStatus purpose, String holder) {
        Unit unit = serial == null ? null : lockAt(serial, part, place, UnitStatus.IN_STOCK);
        if (!levels.reserve(part.id(), place.location().id(), place.condition(), quantity)) {
            throw new InsufficientStock(part.sku(), place, quantity,
                    levels.available(part.id(), place.location().id(), place.condition()));
        }
        if (unit != null) {
            units.save(unit.heldBy(purpose, holder), clock.instant());
        }
    }

    void release(PartInfo part, Place place, int quantity, @Nullable String serial) {
        Unit unit = serial == null ? null : lockAt(serial, part, place, null);
        if (!levels.release(part.id(), place.location().id(), place.condition(), quantity)) {
            throw new HoldMissing(part.sku(), place, quantity);
        }
        if (unit != null) {
            units.save(unit.freed(), clock.instant());
        }
    }

    private Unit lockAt(String serial, PartInfo part, Place place, @Nullable UnitStatus required) {
        Unit unit = units.lock(serial).orElseThrow(() -> new NotFound("unit", serial));
        boolean there = unit.partId() == part.id() && unit.owner() == Owner.COMPANY && unit.locationId() != null
                && unit.locationId() == place.location().id() && unit.condition() == place.condition();
        if (!there || required != null && unit.status() != required) {
            throw UnitNotAvailable.toHold(serial, unit.status(), unit.condition(), place);
        }
        return unit;
    }
}
