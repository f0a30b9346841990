package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.OfferView;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.SupplierInfo;
import fr.sav.inventory.catalog.WrongLocationKind;
import fr.sav.inventory.reservation.PurchaseOrders;
import fr.sav.inventory.reservation.ReservationRequest;
import fr.sav.inventory.reservation.Reservations;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.DocumentNumbers;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The purchasing procedure: purchase requests created by hand (or from the reorder suggestions), validated,
 * ordered, then received: a RECEIPT movement per line into stock (or DEFECTIVE into quarantine for a quality
 * check), and lines for a repair order reserved for it on arrival.
 */
@Singleton
public class Purchasing implements PurchaseOrders {

    private final PurchaseRequestStore store;
    private final PurchaseViews views;
    private final Catalog catalog;
    private final Warehouse warehouse;
    private final Reservations reservations;
    private final Idempotency idempotency;
    private final DocumentNumbers numbers;
    private final PurchasingSettings settings;
    private final CurrencyRates rates;
    private final Clock clock;
    private final DemandHistory history;

    Purchasing(PurchaseRequestStore store, PurchaseViews views, Catalog catalog, Warehouse warehouse,
               Reservations reservations, Idempotency idempotency,
               DocumentNumbers numbers, PurchasingSettings settings, CurrencyRates rates, Clock clock,
               DemandHistory history) {
        this.store = store;
        this.views = views;
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.reservations = reservations;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.settings = settings;
        this.rates = rates;
        this.clock = clock;
        this.history = history;
    }

    /** A DRAFT request to one supplier, its lines priced from the supplier's offers. */
    public PurchaseRequestView create(String supplierCode, List<PurchaseRequests.NewLine> lines, @Nullable String note,
                                      String actor, @Nullable String key) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidRequest("lines", FieldRule.NO_LINES, "a purchase request needs at least one line");
        }
        return idempotency.once("purchase-request", actor, key, Map.of("supplier", supplierCode, "lines", lines),
                PurchaseRequestView.class, () -> views.view(draft(catalog.supplier(supplierCode), lines, note, actor), true));
    }

    /** Inserts a DRAFT in the caller's transaction. */
    PurchaseRequest draft(SupplierInfo supplier, List<PurchaseRequests.NewLine> lines, @Nullable String note, String actor) {
        PurchaseRequest request = PurchaseRequest.draft(numbers.next("PR"), supplier.id(),
                lines.stream().map(line -> wanted(supplier, line)).toList(), note, actor, clock.instant());
        store.save(request);
        return request;
    }

    /** A line priced from the supplier's preferred, then cheapest, offer of the part. */
    private PurchaseRequestLine.Wanted wanted(SupplierInfo supplier, PurchaseRequests.NewLine line) {
        PartInfo part = catalog.part(line.sku());
        OfferView offer = catalog.offersOf(part.sku()).stream().filter(o -> o.supplier().equals(supplier.code()))
                .min(java.util.Comparator.comparing((OfferView o) -> !o.preferred()).thenComparing(OfferView::price))
                .orElse(null);
        return new PurchaseRequestLine.Wanted(part.id(), line.quantity(), offer == null ? null : offer.price(),
                offer == null ? supplier.currency() : offer.currency(), offer == null ? null : offer.supplierRef(),
                line.neededBy(),
                line.reference() == null || line.reference().isBlank() ? null : line.reference().trim());
    }

    /**
     * The supplier's latest DRAFT request that does not have the part yet gets the line (a new DRAFT when there is
     * none); the pieces are reserved for the reference when they are received.
     */
    @Override
    public String orderFor(String supplierCode, String sku, int quantity, String reference,
                           @Nullable java.time.LocalDate neededBy, String actor) {
        SupplierInfo supplier = catalog.supplier(supplierCode);
        PurchaseRequests.NewLine wanted = new PurchaseRequests.NewLine(sku, quantity, neededBy, reference);
        long partId = catalog.part(sku).id();
        PurchaseRequest draft = store.lockLatestDraftWithout(supplier.id(), partId).orElse(null);
        if (draft == null) {
            return draft(supplier, List.of(wanted), "for reservation " + reference, actor).number();
        }
        draft.add(wanted(supplier, wanted), quantity + " × " + sku + " for " + reference, actor, clock.instant());
        store.save(draft);
        return draft.number();
    }

    PurchaseRequestView view(PurchaseRequest request) {
        return views.view(request, false);
    }

    /** Submits, orders, cancels or closes the request, as its status allows. */
    public PurchaseRequestView act(String number, PurchaseAction action, String actor, @Nullable String key) {
        if (action == PurchaseAction.RECEIVE || action == PurchaseAction.APPROVE) {
            throw new InvalidRequest("action", FieldRule.OWN_DOOR, "'" + action.path() + "' has its own door: POST .../"
                    + action.path(), "path", "POST /api/purchase-requests/" + number + "/" + action.path());
        }
        return step(number, action, actor, key, request -> request.act(action, actor, clock.instant()));
    }

    /** Validates the request: by another account than its author and submitter, within the buyer's limit unless a manager. */
    public PurchaseRequestView approve(String number, String actor, boolean manager, @Nullable String key) {
        return step(number, PurchaseAction.APPROVE, actor, key, request -> request.approve(actor,
                manager ? null : settings.getApprovalLimit(), () -> request.total(rates::requireInEur), clock.instant()));
    }

    private PurchaseRequestView step(String number, PurchaseAction action, String actor, @Nullable String key,
                                     java.util.function.Consumer<PurchaseRequest> verb) {
        return idempotency.once("purchase-" + action.path(), actor, key, number, PurchaseRequestView.class, () -> {
            PurchaseRequest request = store.lock(number);
            verb.accept(request);
            store.save(request);
            return views.view(request, true);
        });
    }

    public PurchaseRequestView receive(String number, PurchaseRequests.Receive body, String actor, @Nullable String key) {
        return idempotency.once("purchase-receive", actor, key, Map.of("number", number, "body", body), PurchaseRequestView.class,
                () -> {
                    PurchaseRequest request = store.lock(number);
                    request.requireReceivable();
                    for (int i = 0; i < body.lines().size(); i++) {
                        receiveLine(request, body.lines().get(i), "lines[" + i + "]", actor);
                    }
                    request.received(body.lines().size(), actor, clock.instant());
                    store.save(request);
                    return views.view(request, true);
                });
    }

    /** Records legacy consumption as demand history, in the caller's transaction ({@link DemandHistory#record}). */
    public List<UsageOutcome> recordUsage(List<PeriodUsage> usages, boolean apply, @Nullable Long importId) {
        return history.record(usages, apply, importId);
    }

    private void receiveLine(PurchaseRequest request, PurchaseRequests.Received received, String field, String actor) {
        PartInfo part = catalog.part(received.sku());
        PurchaseRequestLine line = request.lineFor(part.id());
        if (line == null) {
            throw new InvalidRequest(field + ".sku", FieldRule.NOT_ON_REQUEST,
                    part.sku() + " is not on " + request.number(), "sku", part.sku(), "number", request.number());
        }
        request.receive(line, part.sku(), received.quantity());
        LocationInfo location = catalog.location(Codes.location(field + ".location", received.location()));
        boolean quality = Boolean.TRUE.equals(received.qualityCheck());
        if (quality && location.kind() != LocationKind.QUARANTINE) {
            throw new WrongLocationKind("Goods for a quality check land in a QUARANTINE location", location.code(),
                    location.kind());
        }
        Condition condition = quality ? Condition.DEFECTIVE : received.condition() == null ? Condition.NEW : received.condition();
        for (ReceivedPieces piece : ReceivedPieces.of(part, received.quantity(), received.serials(), field)) {
            warehouse.post(StockChange.of(MovementType.RECEIPT, part).quantity(piece.quantity()).serial(piece.serial())
                    .to(new Place(location, condition)).reference(request.number()).unitCost(line.unitPrice())
                    .note(quality ? "quality check before release" : null).build(), actor);
            if (line.reference() != null && !quality && condition.usable()) {
                reservations.reserveOnReceipt(request.number(), ReservationRequest.fromStock(part.sku(), piece.quantity(),
                        line.reference(), line.neededBy(), condition, location.code(), piece.serial(), false), actor);
            }
        }
    }
}
