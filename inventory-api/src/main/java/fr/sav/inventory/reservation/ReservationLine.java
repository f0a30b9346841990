package fr.sav.inventory.reservation;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A held line as it is stored: the part and location by id ({@link HeldLine} carries them resolved). */
@MappedEntity("reservation_line")
record ReservationLine(@Id @GeneratedValue @Nullable Long id, long reservationId, long partId, long locationId,
                       @MappedProperty("item_condition") Condition condition, @Nullable String serial, int quantity) {

    static ReservationLine of(long reservationId, HeldLine line) {
        return new ReservationLine(null, reservationId, line.part().id(), line.location().id(), line.condition(),
                line.serial(), line.quantity());
    }
}
