package fr.sav.inventory.field;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.DocumentNumbers;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Transfer orders (ordres de transfert) between two locations, through transit: OPEN (prepared, the stock still at
 * the sender), {@code ship} (a TRANSFER into the in-transit location: counted and valued, available nowhere),
 * {@code receive} (a TRANSFER into the receiver for what arrived, an ADJUSTMENT out of transit, with a note, for what
 * did not). Every step is in the ledger under the order's number.
 */
@Singleton
public class TransferOrders {

    private final TransferOrderStore store;
    private final TransferLines lines;
    private final Replenishment replenishment;
    private final Catalog catalog;
    private final Warehouse warehouse;
    private final Idempotency idempotency;
    private final DocumentNumbers numbers;
    private final Transactions transactions;
    private final Clock clock;

    TransferOrders(TransferOrderStore store, TransferLines lines, Replenishment replenishment, Catalog catalog,
                   Warehouse warehouse, Idempotency idempotency, DocumentNumbers numbers,
                   Transactions transactions, Clock clock) {
        this.store = store;
        this.lines = lines;
        this.replenishment = replenishment;
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new OPEN order: the lines given, or what the replenishment of {@code to} proposes now. */
    public TransferOrderView create(TransferOrderRequests.Create body, String actor, @Nullable String key) {
        return idempotency.once("transfer-order", actor, key, body, TransferOrderView.class, () -> {
            LocationInfo to = placed("to", body.to());
            boolean replenishing = Boolean.TRUE.equals(body.fromReplenishment());
            LocationInfo from = replenishing ? placed("from", replenishment.sender(to, body.from()).code())
                    : placed("from", required("from", body.from()));
            if (from.id() == to.id()) {
                throw new InvalidRequest("to", FieldRule.SAME_LOCATION,
                        "a transfer goes to another location than " + from.code(), "location", from.code());
            }
            List<TransferOrderRequests.Line> asked = replenishing ? replenishment(to, from, body) : given(body);
            TransferOrder order = new TransferOrder();
            order.fromId = from.id();
            order.toId = to.id();
            order.createdAt = clock.instant();
            order.createdBy = actor;
            order.lines = new ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                lines.add(order, from, to, asked.get(i), "lines[" + i + "]");
            }
            order.number = numbers.next("TO");
            store.insert(order);
            return view(order);
        });
    }

    /** The stock leaves the sender for transit: all lines or, when one is short, none (409, the order stays OPEN). */
    public TransferOrderView ship(String number, String actor, @Nullable String key) {
        return step("ship", number, Map.of(), actor, key, order -> {
            order.ship(actor, clock.instant());
            LocationInfo from = catalog.location(order.fromId);
            LocationInfo transit = catalog.transit();
            for (TransferOrder.Line line : order.lines) {
                warehouse.post(StockChange.of(MovementType.TRANSFER, catalog.part(line.partId)).quantity(line.quantity)
                        .serial(line.serial).from(new Place(from, line.condition)).to(new Place(transit, line.condition))
                        .reference(order.number).note("shipped to " + catalog.location(order.toId).code()).build(),
                        actor);
            }
        });
    }

    /** What arrived enters the receiver; what did not leaves transit as an ADJUSTMENT saying so. */
    public TransferOrderView receive(String number, TransferOrderRequests.Receive body, String actor,
                                     @Nullable String key) {
        return step("receive", number, body, actor, key, order -> {
            order.receive(actor, clock.instant());
            lines.received(order, body);
            LocationInfo from = catalog.location(order.fromId);
            LocationInfo to = catalog.location(order.toId);
            LocationInfo transit = catalog.transit();
            for (TransferOrder.Line line : order.lines) {
                PartInfo part = catalog.part(line.partId);
                if (line.received > 0) {
                    warehouse.post(StockChange.of(MovementType.TRANSFER, part).quantity(line.received)
                            .serial(line.serial).from(new Place(transit, line.condition)).to(new Place(to, line.condition))
                            .reference(order.number).note("received from " + from.code()).build(), actor);
                }
                if (line.missing() > 0) {
                    warehouse.post(StockChange.adjustment(part, new Place(transit, line.condition), -line.missing())
                            .serial(line.serial).reference(order.number).note(missing(order, line, part, from, to))
                            .build(), actor);
                }
            }
        });
    }

    /** The note of what did not arrive: "TO-2026-000001: 2 of 5 × LV-PMP-0042 NEW shipped from A did not arrive at B". */
    private static String missing(TransferOrder order, TransferOrder.Line line, PartInfo part, LocationInfo from,
                                  LocationInfo to) {
        return order.number + ": " + line.missing() + " of " + line.quantity + " × " + part.sku() + " " + line.condition
                + (line.serial == null ? "" : " " + line.serial) + " shipped from " + from.code() + " did not arrive at "
                + to.code();
    }

    public TransferOrderView get(String number) {
        return transactions.read(() -> view(store.get(number)));
    }

    public PageView<TransferOrderView> list(@Nullable String from, @Nullable String to,
                                            @Nullable TransferOrderStatus status, Paging paging) {
        Long fromId = from == null || from.isBlank() ? null : catalog.location(from).id();
        Long toId = to == null || to.isBlank() ? null : catalog.location(to).id();
        return transactions.read(() -> new PageView<>(store.find(fromId, toId, status, paging.size(), paging.offset())
                .stream().map(this::view).toList(), paging.page(), paging.size(), store.count(fromId, toId, status)));
    }

    private TransferOrderView step(String action, String number, Object body, String actor, @Nullable String key,
                                   Consumer<TransferOrder> verb) {
        return idempotency.once("transfer-order-" + action, actor, key, Map.of("number", number, "body", body),
                TransferOrderView.class, () -> {
                    TransferOrder order = store.lock(number);
                    verb.accept(order);
                    store.update(order);
                    return view(order);
                });
    }

    private List<TransferOrderRequests.Line> replenishment(LocationInfo to, LocationInfo from,
                                                           TransferOrderRequests.Create body) {
        if (body.lines() != null && !body.lines().isEmpty()) {
            throw new InvalidRequest("lines", FieldRule.LINES_OR_REPLENISHMENT, "give lines or fromReplenishment, not both");
        }
        List<TransferOrderRequests.Line> proposed = replenishment.propose(to.code(), from.code()).stream()
                .filter(p -> p.proposed() > 0)
                .map(p -> new TransferOrderRequests.Line(p.sku(), p.proposed(), null)).toList();
        if (proposed.isEmpty()) {
            throw new NothingToReplenish(to.code(), from.code());
        }
        return proposed;
    }

    private static List<TransferOrderRequests.Line> given(TransferOrderRequests.Create body) {
        if (body.lines() == null || body.lines().isEmpty()) {
            throw new InvalidRequest("lines", FieldRule.LINES_NEEDED,
                    "name at least one part to send, or ask fromReplenishment");
        }
        return body.lines();
    }

    private LocationInfo placed(String field, String code) {
        LocationInfo location = catalog.location(code);
        if (location.kind() == LocationKind.TRANSIT) {
            throw new InvalidRequest(field, FieldRule.TRANSIT_NOT_AN_END,
                    location.code() + " holds goods in transit: name where they come from or go", "location", location.code());
        }
        return location;
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field, FieldRule.REQUIRED, "is required");
        }
        return value;
    }

    private TransferOrderView view(TransferOrder order) {
        return new TransferOrderView(order.number, catalog.location(order.fromId).code(),
                catalog.location(order.toId).code(), order.status, order.lines.stream().map(line -> {
                    PartInfo part = catalog.part(line.partId);
                    return new TransferOrderView.Line(part.sku(), part.name(), line.condition, line.serial,
                            line.quantity, line.received);
                }).toList(), order.createdAt, order.createdBy, order.shippedAt, order.shippedBy, order.receivedAt,
                order.receivedBy);
    }
}
