package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.repair.InRepair;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Reserving a unit that is being repaired (IN_REPAIR): the reservation waits for the named open company repair
 * order of the part, one order's output for one reservation, and holds the unit when the order completes.
 */
@Singleton
class RepairOutputs {

    private final RepairViews repairs;
    private final ReservationStore store;
    private final Clock clock;

    RepairOutputs(RepairViews repairs, ReservationStore store, Clock clock) {
        this.repairs = repairs;
        this.store = store;
        this.clock = clock;
    }

    Reservation promise(PartInfo part, ReservationRequest request, String actor) {
        if (request.repairOrder() == null || request.repairOrder().isBlank()) {
            throw new InvalidRequest("repairOrder", FieldRule.REPAIR_ORDER_NAMED,
                    "a reservation from a repair names the repair order (IN_REPAIR)");
        }
        if (request.quantity() != 1) {
            throw new InvalidRequest("quantity", FieldRule.ONE_FROM_REPAIR,
                    "a repair order gives back one piece: reserve 1");
        }
        String number = request.repairOrder().trim();
        boolean producing = repairs.openFor(part.id()).stream().map(InRepair::number).anyMatch(number::equals);
        if (!producing) {
            throw new NotInRepair(repairs.get(number), part.sku());
        }
        if (!store.lockAwaiting(number, ReservationStatus.AWAITING_REPAIR).isEmpty()) {
            throw new RepairOutputPromised(number);
        }
        return Reservation.awaiting(request.reference().trim(), part.id(), 1, request.neededBy(),
                ReservationStatus.AWAITING_REPAIR, Source.IN_REPAIR, number, clock.instant(), actor);
    }
}
