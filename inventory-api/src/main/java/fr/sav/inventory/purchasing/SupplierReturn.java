package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.InvalidTransition;
import fr.sav.inventory.stock.Condition;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Transient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return to vendor: what went back, why, and verbs that settle it once, from SHIPPED only. Micronaut Data loads
 * and saves its fields, the row of {@code supplier_return}; its lines are the rows of {@code supplier_return_line}.
 */
@MappedEntity("supplier_return")
@Introspected(accessKind = Introspected.AccessKind.FIELD, visibility = Introspected.Visibility.ANY)
final class SupplierReturn {

    @Id @GeneratedValue @Nullable Long id;
    String number;
    long supplierId;
    ReturnReason reason;
    @Nullable Long purchaseRequestId;
    @Transient @Nullable String purchaseRequest;
    SupplierReturnStatus status = SupplierReturnStatus.SHIPPED;
    boolean forced;
    @Nullable BigDecimal creditAmount;
    @Nullable String currency;
    @Nullable String note;
    Instant createdAt;
    String createdBy;
    @Nullable Instant settledAt;
    @Nullable String settledBy;
    @Transient List<Line> lines;

    /** One line: what left, from where and in which condition. */
    @MappedEntity("supplier_return_line")
    @Introspected(accessKind = Introspected.AccessKind.FIELD, visibility = Introspected.Visibility.ANY)
    static final class Line {
        @Id @GeneratedValue @Nullable Long id;
        long returnId;
        int lineNo;
        long partId;
        int quantity;
        @Nullable String serial;
        @MappedProperty("item_condition") Condition condition;
        long locationId;
    }

    void credit(BigDecimal amount, String supplierCurrency, String actor, Instant now) {
        settle(SupplierReturnStatus.CREDITED, "credit", actor, now);
        creditAmount = amount;
        currency = supplierCurrency;
    }

    void replace(String actor, Instant now) {
        settle(SupplierReturnStatus.REPLACED, "replace", actor, now);
    }

    void reject(String why, String actor, Instant now) {
        settle(SupplierReturnStatus.REJECTED, "reject", actor, now);
        note = why;
    }

    private void settle(SupplierReturnStatus to, String action, String actor, Instant now) {
        if (status != SupplierReturnStatus.SHIPPED) {
            throw new InvalidTransition("Not allowed in this status", number, status, action, List.of(), number + " is "
                    + status + ": '" + action + "' is not allowed; it was settled on " + settledAt + " by " + settledBy);
        }
        status = to;
        settledAt = now;
        settledBy = actor;
    }
}
