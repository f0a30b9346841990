package fr.sav.inventory.loan;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.repair.RepairOrderView;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.DocumentNumbers;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.MovementView;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.ReturnReason;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Loans and rentals (DOMAIN rule 18): a customer whose repair takes too long is lent (or rented) a serialized unit of
 * our stock, which leaves stock by an ISSUE and is available nowhere until it comes back; it comes back DEFECTIVE to
 * the workshop (a RETURN, reason LOAN_END) and is inspected before reuse. What reconditioning it costs is charged to
 * the loan.
 */
@Singleton
public class Loans {

    private final LoanStore store;
    private final Catalog catalog;
    private final LoanUnits units;
    private final Warehouse warehouse;
    private final RepairViews repairs;
    private final Idempotency idempotency;
    private final DocumentNumbers numbers;
    private final Transactions transactions;
    private final Clock clock;

    Loans(LoanStore store, Catalog catalog, LoanUnits units, Warehouse warehouse,
          RepairViews repairs, Idempotency idempotency, DocumentNumbers numbers, Transactions transactions, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.units = units;
        this.warehouse = warehouse;
        this.repairs = repairs;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The unit leaves stock to the customer until the due date; one transaction, once per idempotency key. */
    public LoanView lend(LoanRequests.Lend request, String actor, @Nullable String key) {
        return idempotency.once("loan", actor, key, request, LoanView.class, () -> {
            // Taken first: the number's counter queues concurrent loans, so each sees the units those before it took.
            String number = numbers.next("LN");
            if (request.dueDate().isBefore(today())) {
                throw new InvalidRequest("dueDate", FieldRule.NOT_IN_PAST, "must be today or later, not " + request.dueDate(),
                        "value", request.dueDate().toString());
            }
            RepairOrderView cause = blank(request.repairOrder()) ? null : repairs.get(request.repairOrder().trim());
            String customer = !blank(request.customerRef()) ? request.customerRef().trim()
                    : cause != null && cause.customerRef() != null ? cause.customerRef() : null;
            if (customer == null) {
                throw new InvalidRequest("customerRef", FieldRule.REQUIRED, "say which customer the unit is lent to");
            }
            LoanUnits.Lendable lendable = units.choose(request.serial(), request.sku());
            PartInfo part = lendable.part();
            Available unit = lendable.unit();
            MovementView issued = warehouse.post(StockChange.of(MovementType.ISSUE, part).serial(unit.serial())
                    .from(unit.place()).reference(number).note(kindOf(request) + " to " + customer).build(), actor);
            warehouse.handedToCustomer(unit.serial());
            store.save(new Loan(null, number, kindOf(request), part.id(), unit.serial(), unit.condition(),
                    unit.location().id(), issued.value(), customer, cause == null ? null : cause.number(),
                    request.dueDate(), LoanStatus.LENT, null, null, null, clock.instant(), actor));
            return view(store.get(number));
        });
    }

    /** The lent unit comes back DEFECTIVE into a workshop or quarantine location, to be inspected before reuse. */
    public LoanView giveBack(String number, LoanRequests.Return request, String actor, @Nullable String key) {
        return idempotency.once("loan-return", actor, key, Map.of("number", number, "body", request), LoanView.class, () -> {
            Loan lent = store.lock(number);
            LocationInfo workshop = catalog.location(Codes.location("location", request.location()));
            Loan returned = lent.returned(workshop.id(), clock.instant(), actor);
            warehouse.post(StockChange.of(MovementType.RETURN, catalog.part(lent.partId())).serial(lent.serial())
                    .reason(ReturnReason.LOAN_END).to(new Place(workshop, Condition.DEFECTIVE)).reference(number)
                    .note("end of " + number + " from " + lent.customerRef()).build(), actor);
            store.update(returned);
            return view(store.get(number));
        });
    }

    public LoanView get(String number) {
        return transactions.read(() -> view(store.get(number)));
    }

    public PageView<LoanView> list(@Nullable LoanStatus status, @Nullable String sku, @Nullable String repairOrder,
                                   boolean overdue, Paging paging) {
        return transactions.read(() -> {
            LoanStore.Filter filter = new LoanStore.Filter(status, blank(sku) ? null : catalog.part(sku).id(),
                    blank(repairOrder) ? null : repairOrder.trim(), overdue ? today() : null);
            return new PageView<>(store.find(filter, paging.size(), paging.offset()).stream().map(this::view).toList(),
                    paging.page(), paging.size(), store.count(filter));
        });
    }

    private LoanView view(Loan loan) {
        String reconditioning = loan.status() == LoanStatus.RETURNED ? store.reconditioningOrder(loan.number()) : null;
        return new LoanView(loan.number(), loan.kind(), loan.status(), loan.overdue(today()),
                catalog.part(loan.partId()).sku(), loan.serial(), loan.lentCondition(),
                catalog.location(loan.lentLocationId()).code(), loan.lentValue(), loan.customerRef(), loan.repairOrder(),
                loan.dueDate(), loan.returnedToId() == null ? null : catalog.location(loan.returnedToId()).code(),
                loan.returnedAt(), loan.returnedBy(), loan.createdAt(), loan.createdBy(), reconditioning,
                reconditioning == null ? null : repairs.costs(reconditioning).total());
    }

    private static LoanKind kindOf(LoanRequests.Lend request) {
        return request.kind() == null ? LoanKind.LOAN : request.kind();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
