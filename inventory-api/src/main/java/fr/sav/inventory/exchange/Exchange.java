package fr.sav.inventory.exchange;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A standard exchange: the unit given to the customer and the core owed back; only an owed core can be settled.
 * Micronaut Data loads and saves it whole, enums by name.
 */
@MappedEntity("standard_exchange")
record Exchange(@Id @GeneratedValue @Nullable Long id, String number, long partId, String customerRef,
                @Nullable String issuedSerial, Condition issuedCondition,
                @MappedProperty("issued_location") long issuedLocationId, LocalDate coreDueDate,
                @Nullable BigDecimal coreCharge,
                ExchangeStatus status, @Nullable String coreSerial, @Nullable Instant coreReceivedAt,
                @Nullable String repairOrder, @Nullable Instant chargedAt, Instant createdAt, String createdBy) {

    /** The unit just handed to the customer: its core is owed from now until the due date. */
    static Exchange issue(String number, long partId, String customerRef, @Nullable String serial, Condition condition,
                          long locationId, LocalDate coreDue, @Nullable BigDecimal coreCharge, Instant at, String actor) {
        return new Exchange(null, number, partId, customerRef, serial, condition, locationId, coreDue, coreCharge,
                ExchangeStatus.CORE_OWED, null, null, null, null, at, actor);
    }

    Exchange coreReceived(@Nullable String serial, String repairOrderNumber, Instant at) {
        requireOwed("core");
        return new Exchange(id, number, partId, customerRef, issuedSerial, issuedCondition, issuedLocationId, coreDueDate,
                coreCharge, ExchangeStatus.CORE_RECEIVED, serial, at, repairOrderNumber, null, createdAt, createdBy);
    }

    Exchange charged(Instant at) {
        requireOwed("charge");
        return new Exchange(id, number, partId, customerRef, issuedSerial, issuedCondition, issuedLocationId, coreDueDate,
                coreCharge, ExchangeStatus.CORE_CHARGED, null, null, null, at, createdAt, createdBy);
    }

    boolean overdue(LocalDate today) {
        return status == ExchangeStatus.CORE_OWED && coreDueDate.isBefore(today);
    }

    void requireOwed(String action) {
        if (status != ExchangeStatus.CORE_OWED) {
            throw new CoreAlreadySettled(number, status, action);
        }
    }
}
