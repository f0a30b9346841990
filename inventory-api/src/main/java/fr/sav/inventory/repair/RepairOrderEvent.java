package fr.sav.inventory.repair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of a repair order's life as it is recorded: the action, the move, where the item was left. */
@MappedEntity("repair_order_event")
record RepairOrderEvent(@Id @GeneratedValue @Nullable Long id, Long repairOrderId, String action,
                        @Nullable RepairStatus fromStatus, RepairStatus toStatus, @Nullable Long locationId,
                        @Nullable String note, Instant occurredAt, String recordedBy) {

    /** The step that has just brought the order where it is now. */
    static RepairOrderEvent of(RepairOrder order, String action, @Nullable RepairStatus from, @Nullable String note,
                               Instant at, String actor) {
        return new RepairOrderEvent(null, order.id(), action, from, order.status(), order.locationId(), note, at, actor);
    }
}
