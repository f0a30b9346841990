package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.catalog.WrongLocationKind;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.DocumentNumbers;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.MovementView;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.UnitInfo;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Returns to vendor (retour fournisseur): the material leaves stock at once by a SUPPLIER_RETURN movement, then the
 * supplier credits it, replaces it (a RECEIPT of the replacement) or rejects it (it comes back DEFECTIVE to the
 * workshop by a RETURN). A WARRANTY return is checked against the supplier's warranty unless forced.
 */
@Singleton
class SupplierReturns {

    private final SupplierReturnStore store;
    private final SupplierReturnViews views;
    private final SupplierWarranty warranty;
    private final PurchaseRequestStore requests;
    private final Catalog catalog;
    private final Warehouse warehouse;
    private final Idempotency idempotency;
    private final DocumentNumbers numbers;
    private final Clock clock;

    SupplierReturns(SupplierReturnStore store, SupplierReturnViews views, SupplierWarranty warranty,
                    PurchaseRequestStore requests, Catalog catalog, Warehouse warehouse, Idempotency idempotency,
                    DocumentNumbers numbers, Clock clock) {
        this.store = store;
        this.views = views;
        this.warranty = warranty;
        this.requests = requests;
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Sends the lines back to the supplier: SHIPPED, the stock gone. */
    public SupplierReturnView create(SupplierReturnRequests.Create body, String actor, @Nullable String key) {
        return idempotency.once("supplier-return", actor, key, body, SupplierReturnView.class, () -> {
            SupplierInfo supplier = catalog.supplier(body.supplier());
            SupplierReturn sent = new SupplierReturn();
            sent.supplierId = supplier.id();
            sent.reason = body.reason();
            sent.forced = Boolean.TRUE.equals(body.force());
            sent.createdAt = clock.instant();
            sent.createdBy = actor;
            sent.lines = new ArrayList<>();
            if (body.purchaseRequest() != null && !body.purchaseRequest().isBlank()) {
                PurchaseRequest request = requests.get(body.purchaseRequest().trim());
                if (request.supplierId() != supplier.id()) {
                    throw new InvalidRequest("purchaseRequest", FieldRule.NOT_SENT_TO,
                            request.number() + " was not sent to " + supplier.code(),
                            "number", request.number(), "supplier", supplier.code());
                }
                sent.purchaseRequestId = request.id();
                sent.purchaseRequest = request.number();
            }
            for (int i = 0; i < body.lines().size(); i++) {
                sent.lines.add(line(sent, supplier, body.lines().get(i), "lines[" + i + "]"));
            }
            sent.number = numbers.next("RV");
            store.insert(sent);
            for (SupplierReturn.Line line : sent.lines) {
                warehouse.post(StockChange.of(MovementType.SUPPLIER_RETURN, catalog.part(line.partId))
                        .quantity(line.quantity).serial(line.serial)
                        .from(new Place(catalog.location(line.locationId), line.condition))
                        .reference(sent.number).note(sent.reason.name()).build(), actor);
            }
            return views.view(sent);
        });
    }

    /** The supplier credited an amount (in its currency) for the return. */
    public SupplierReturnView credit(String number, SupplierReturnRequests.Credit body, String actor, @Nullable String key) {
        return settle("credit", number, body, actor, key, sent -> sent.credit(body.amount(),
                catalog.supplierById(sent.supplierId).currency(), actor, clock.instant()));
    }

    /**
     * The supplier sent a replacement: it is received NEW under the return's number, at the value per piece the
     * returned material left stock with (what was paid for it comes back; a part the return did not hold enters at
     * its standard cost).
     */
    public SupplierReturnView replace(String number, SupplierReturnRequests.Replace body, String actor,
                                      @Nullable String key) {
        return settle("replace", number, body, actor, key, sent -> {
            sent.replace(actor, clock.instant());
            LocationInfo location = catalog.location(Codes.location("location", body.location()));
            for (int i = 0; i < body.lines().size(); i++) {
                SupplierReturnRequests.Replacement line = body.lines().get(i);
                PartInfo part = catalog.part(line.sku());
                BigDecimal unitCost = returnedAt(sent.number, part);
                for (ReceivedPieces piece : ReceivedPieces.of(part, line.quantity(), line.serials(), "lines[" + i + "]")) {
                    warehouse.post(StockChange.of(MovementType.RECEIPT, part).quantity(piece.quantity())
                            .serial(piece.serial()).to(new Place(location, Condition.NEW)).reference(sent.number)
                            .unitCost(unitCost).note("replacement from the supplier").build(), actor);
                }
            }
        });
    }

    /** The value per piece the part left stock with under the return, or null when the return did not hold it. */
    private @Nullable BigDecimal returnedAt(String number, PartInfo part) {
        List<MovementView> out = warehouse.movements(part.sku(), null, MovementType.SUPPLIER_RETURN, null, null, number,
        null,
                Paging.of(0, Paging.MAX_SIZE)).items();
        long pieces = out.stream().mapToLong(MovementView::quantity).sum();
        return pieces == 0 ? null : out.stream().map(MovementView::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(pieces), 2, RoundingMode.HALF_UP);
    }

    /** The supplier refused the return: the material comes back DEFECTIVE to a WORKSHOP location, to be inspected. */
    public SupplierReturnView reject(String number, SupplierReturnRequests.Reject body, String actor, @Nullable String key) {
        return settle("reject", number, body, actor, key, sent -> {
            sent.reject(body.note().trim(), actor, clock.instant());
            LocationInfo location = catalog.location(Codes.location("location", body.location()));
            if (location.kind() != LocationKind.WORKSHOP) {
                throw new WrongLocationKind("What the supplier refused comes back DEFECTIVE to a WORKSHOP location to be "
                        + "inspected", location.code(), location.kind());
            }
            for (SupplierReturn.Line line : sent.lines) {
                warehouse.post(StockChange.of(MovementType.RETURN, catalog.part(line.partId)).quantity(line.quantity)
                        .serial(line.serial).to(new Place(location, Condition.DEFECTIVE)).reference(sent.number)
                        .note("rejected by the supplier: " + sent.note).build(), actor);
            }
        });
    }

    private SupplierReturnView settle(String action, String number, Object body, String actor, @Nullable String key,
                                      Consumer<SupplierReturn> verb) {
        return idempotency.once("supplier-return-" + action, actor, key, Map.of("number", number, "body", body),
                SupplierReturnView.class, () -> {
                    SupplierReturn sent = store.lock(number);
                    verb.accept(sent);
                    store.update(sent);
                    return views.view(sent);
                });
    }

    private SupplierReturn.Line line(SupplierReturn sent, SupplierInfo supplier, SupplierReturnRequests.Line asked,
                                     String field) {
        PartInfo part = catalog.part(asked.sku());
        String serial = asked.serial() == null || asked.serial().isBlank() ? null : Codes.serial(asked.serial());
        if (sent.reason.checksWarranty() && !sent.forced) {
            warranty.requireCovered(supplier, part, serial, sent.createdAt);
        }
        SupplierReturn.Line line = new SupplierReturn.Line();
        line.lineNo = sent.lines.size() + 1;
        line.partId = part.id();
        line.quantity = asked.quantity();
        line.serial = serial;
        line.condition = asked.condition() != null ? asked.condition() : serial == null ? sent.reason.usualCondition()
                : warehouse.findUnit(serial).map(UnitInfo::condition).orElse(sent.reason.usualCondition());
        line.locationId = catalog.location(Codes.location(field + ".location", asked.location())).id();
        return line;
    }
}
