package fr.sav.inventory.purchasing;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A return to vendor as buyers see it: what went back, why, how it was settled, and what may come next. */
@Serdeable
public record SupplierReturnView(String number, String supplier, String supplierName, ReturnReason reason,
                                 SupplierReturnStatus status, @Nullable String purchaseRequest, boolean forced,
                                 List<Line> lines, @Nullable BigDecimal creditAmount, @Nullable String currency,
                                 @Nullable String note, List<String> allowedActions, Instant createdAt,
                                 String createdBy, @Nullable Instant settledAt, @Nullable String settledBy) {

    /** One line of the return. */
    @Serdeable
    public record Line(int lineNo, String sku, String name, int quantity, @Nullable String serial, Condition condition,
                       String location) {
    }
}
