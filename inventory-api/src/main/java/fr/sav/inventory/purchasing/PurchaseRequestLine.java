package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a purchase request: what, how many, at what price, received so far, and the repair order it is for,
 * if any. Only its request changes it ({@link PurchaseRequest#receive}).
 */
@MappedEntity("purchase_request_line")
@Introspected(accessKind = Introspected.AccessKind.FIELD, visibility = Introspected.Visibility.ANY)
final class PurchaseRequestLine {

    @Id @GeneratedValue @Nullable private Long id;
    private long requestId;
    private int lineNo;
    private long partId;
    private int quantity;
    @MappedProperty("received_quantity") private int received;
    @Nullable private BigDecimal unitPrice;
    @Nullable private String currency;
    @Nullable private String supplierRef;
    @Nullable private LocalDate neededBy;
    @Nullable private String reference;

    /** What a new line asks for, priced from the supplier's offer. */
    record Wanted(long partId, int quantity, @Nullable BigDecimal unitPrice, @Nullable String currency,
                  @Nullable String supplierRef, @Nullable LocalDate neededBy, @Nullable String reference) {
    }

    /** For Micronaut Data, which loads the row into it. */
    PurchaseRequestLine() {
    }

    static PurchaseRequestLine of(int lineNo, Wanted wanted) {
        PurchaseRequestLine line = new PurchaseRequestLine();
        line.lineNo = lineNo;
        line.partId = wanted.partId();
        line.quantity = wanted.quantity();
        line.unitPrice = wanted.unitPrice();
        line.currency = wanted.currency();
        line.supplierRef = wanted.supplierRef();
        line.neededBy = wanted.neededBy();
        line.reference = wanted.reference();
        return line;
    }

    void receive(int pieces) {
        received += pieces;
    }

    /** The line of the request, which has just been given its id. */
    PurchaseRequestLine of(long request) {
        requestId = request;
        return this;
    }

    int outstanding() {
        return quantity - received;
    }

    @Nullable Long id() {
        return id;
    }

    int lineNo() {
        return lineNo;
    }

    long partId() {
        return partId;
    }

    int quantity() {
        return quantity;
    }

    int received() {
        return received;
    }

    @Nullable BigDecimal unitPrice() {
        return unitPrice;
    }

    @Nullable String currency() {
        return currency;
    }

    @Nullable String supplierRef() {
        return supplierRef;
    }

    @Nullable LocalDate neededBy() {
        return neededBy;
    }

    @Nullable String reference() {
        return reference;
    }
}
