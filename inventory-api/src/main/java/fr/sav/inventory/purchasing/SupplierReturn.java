package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.InvalidTransition;
import fr.sav.inventory.stock.Condition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A return to vendor: what went back, why, and verbs that settle it once, from SHIPPED only. */
final class SupplierReturn {

    Long id;
    String number;
    long supplierId;
    ReturnReason reason;
    Long purchaseRequestId;
    String purchaseRequest;
    SupplierReturnStatus status = SupplierReturnStatus.SHIPPED;
    boolean forced;
    BigDecimal creditAmount;
    String currency;
    String note;
    Instant createdAt;
    String createdBy;
    Instant settledAt;
    String settledBy;
    List<Line> lines;

    /** One line: what left, from where and in which condition. */
    static final class Line {
        Long id;
        int lineNo;
        long partId;
        int quantity;
        String serial;
        Condition condition;
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
