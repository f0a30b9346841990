package fr.sav.inventory.loan;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A loan as clients see it: {@code lentValue} is what the unit took out of the stock value when it left;
 * {@code reconditioningOrder} and {@code reconditioningCost} the repair order that reconditions the returned unit,
 * charged to the loan, once there is one.
 */
@Serdeable
public record LoanView(String number, LoanKind kind, LoanStatus status, boolean overdue, String sku, String serial,
                       Condition lentCondition, String lentFrom, @Nullable BigDecimal lentValue, String customerRef,
                       @Nullable String repairOrder, LocalDate dueDate, @Nullable String returnedTo,
                       @Nullable Instant returnedAt, @Nullable String returnedBy, Instant createdAt, String createdBy,
                       @Nullable String reconditioningOrder, @Nullable BigDecimal reconditioningCost) {
}
