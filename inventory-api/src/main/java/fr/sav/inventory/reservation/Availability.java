package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.repair.InRepair;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Warehouse;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers the availability cascade for a part in one call, from stock, repairs, assemblies and offers. */
@Singleton
class Availability {

    private final Catalog catalog;
    private final RepairViews repairs;
    private final Warehouse warehouse;
    private final ReservationStore reservations;
    private final Transactions transactions;
    private final Clock clock;

    Availability(Catalog catalog, RepairViews repairs, Warehouse warehouse,
                 ReservationStore reservations, Transactions transactions, Clock clock) {
        this.catalog = catalog;
        this.repairs = repairs;
        this.warehouse = warehouse;
        this.reservations = reservations;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AvailabilityView of(String sku, int quantity) {
        return of(sku, quantity, false);
    }

    /** The cascade; {@code includeVans} adds the technicians' van stock as options of its own. */
    public AvailabilityView of(String sku, int quantity, boolean includeVans) {
        if (quantity < 1 || quantity > 100_000) {
            throw new InvalidRequest("quantity", FieldRule.BETWEEN,
                    "must be between 1 and 100000", "min", 1, "max", 100_000);
        }
        PartInfo part = catalog.part(sku);
        Map<PartInfo, List<Available>> equivalents = new LinkedHashMap<>();
        for (PartInfo equivalent : catalog.equivalentsOf(part.id())) {
            equivalents.put(equivalent, warehouse.usableAvailable(equivalent));
        }
        Map<PartInfo, Integer> assemblies = catalog.assembliesContaining(part.id());
        Map<PartInfo, List<Available>> assemblyStock = new LinkedHashMap<>();
        assemblies.keySet().forEach(assembly -> assemblyStock.put(assembly, warehouse.usableAvailable(assembly)));
        return AvailabilityCascade.rank(new AvailabilityCascade.Inputs(part, quantity, warehouse::rank,
                warehouse.usableAvailable(part), includeVans ? warehouse.usableInVans(part) : List.of(), equivalents,
                notPromised(repairs.openFor(part.id())), assemblies, assemblyStock, catalog.offersOf(part.sku()),
                LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    }

    /** Orders in repair whose output no reservation waits for yet. */
    private List<InRepair> notPromised(List<InRepair> orders) {
        return orders.stream().filter(o -> !transactions.read(() -> reservations.awaited(o.number(),
                ReservationStatus.AWAITING_REPAIR))).toList();
    }
}
