package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.PartUsage;
import jakarta.inject.Singleton;

/** Tells the catalog whether a part has ever moved in stock. */
@Singleton
class StockPartUsage implements PartUsage {

    private final StockMovements movements;

    StockPartUsage(StockMovements movements) {
        this.movements = movements;
    }

    @Override
    public boolean hasMovements(long partId) {
        return movements.anyFor(partId);
    }
}
