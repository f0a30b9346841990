package fr.sav.inventory.loan;

import fr.sav.inventory.shared.InvalidTransition;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit of ours lent or rented to a customer until a due date; only a lent unit can come back. Micronaut Data loads
 * and saves it whole, enums by name.
 */
@MappedEntity("loan")
record Loan(@Id @GeneratedValue @Nullable Long id, String number, LoanKind kind, long partId, String serial,
            Condition lentCondition, @MappedProperty("lent_location") long lentLocationId,
            @Nullable BigDecimal lentValue, String customerRef, @Nullable String repairOrder, LocalDate dueDate,
            LoanStatus status, @Nullable @MappedProperty("returned_to") Long returnedToId, @Nullable Instant returnedAt,
            @Nullable String returnedBy, Instant createdAt, String createdBy) {

    Loan returned(long locationId, Instant at, String by) {
        if (status != LoanStatus.LENT) {
            throw new InvalidTransition("Loan already returned", number, status, "return", List.of(), number + " is "
                    + status + ": 'return' is only allowed while the unit is lent");
        }
        return new Loan(id, number, kind, partId, serial, lentCondition, lentLocationId, lentValue, customerRef, repairOrder,
                dueDate, LoanStatus.RETURNED, locationId, at, by, createdAt, createdBy);
    }

    /** Past its due date and still with the customer (due today is not late yet). */
    boolean overdue(LocalDate today) {
        return status == LoanStatus.LENT && dueDate.isBefore(today);
    }
}
