package fr.sav.inventory.repair;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.Owner;
import fr.sav.inventory.stock.SupplierCover;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Repair orders as clients see them, one or a page at a time. */
@Singleton
public class RepairViews {

    private final RepairOrders orders;
    private final RepairOrderEvents events;
    private final Catalog catalog;
    private final RepairSettings.Warranty warranty;
    /** Looked up when first needed: the warehouse's scanner reads repair orders (RepairScan), through this class. */
    private final BeanProvider<Warehouse> warehouse;
    private final Transactions transactions;
    private final Clock clock;
    private final RepairYields yields;

    RepairViews(RepairOrders orders, RepairOrderEvents events, Catalog catalog, RepairSettings.Warranty warranty,
                BeanProvider<Warehouse> warehouse, Transactions transactions, Clock clock, RepairYields yields) {
        this.warehouse = warehouse;
        this.warranty = warranty;
        this.orders = orders;
        this.events = events;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
        this.yields = yields;
    }

    public RepairOrderView get(String number) {
        return transactions.read(() -> view(orders.get(number), true));
    }

    public PageView<RepairOrderView> list(@Nullable RepairStatus status, @Nullable String sku, boolean overdue,
                                          Paging paging) {
        return transactions.read(() -> {
            Long partId = sku == null || sku.isBlank() ? null : catalog.part(sku).id();
            LocalDate overdueOn = overdue ? today() : null;
            List<RepairOrderView> items = orders.find(status, partId, overdueOn, paging.size(), paging.offset()).stream()
                    .map(order -> view(order, false)).toList();
            return new PageView<>(items, paging.page(), paging.size(), orders.count(status, partId, overdueOn));
        });
    }

    /** Open company repair orders for the part, soonest expected first. */
    public List<InRepair> openFor(long partId) {
        return transactions.read(() -> orders.openForPart(partId).stream()
                .map(o -> new InRepair(o.number(), o.serial(), o.status(), o.expectedDate())).toList());
    }

    /** What the order cost so far (its total is what reconditioning an exchange's core cost). */
    public RepairCosts costs(String number) {
        return transactions.read(() -> costs(orders.get(number)));
    }

    RepairOrderView view(RepairOrder order, boolean withHistory) {
        return view(order, withHistory, null);
    }

    RepairOrderView view(RepairOrder order, boolean withHistory, @Nullable List<Released> released) {
        PartInfo part = order.partId() == null ? null : catalog.part(order.partId());
        LocalDate supplierWarrantyUntil = supplierWarrantyUntil(order);
        return new RepairOrderView(order.number(), order.status(), order.origin(), order.owner(),
                part == null ? null : part.sku(), part == null ? null : part.name(), order.serial(), order.description(),
                order.customerRef(), order.locationId() == null ? null : catalog.location(order.locationId()).code(),
                order.expectedDate(), order.overdue(today()), order.receivedAt(), order.returnCount(), order.findings(),
                order.estimatedCost(), order.estimatedMinutes(), order.subcontractQuote(), order.estimatedTotal(), order.threshold(),
                order.recommendation(), order.recommendationNote(),
                order.quoteAmount(),
                order.subcontractorId() == null ? null : catalog.supplierById(order.subcontractorId()).code(),
                order.subcontractCost(), order.laborMinutes(), order.laborCost(), order.partsCost(), order.totalCost(),
                order.completedCondition(), order.diagnosisFee(), order.closedAt(), order.outcome(),
                warranty.until(order.outcome(), order.closedAt()), underRepairWarranty(order),
                supplierWarrantyUntil, supplierWarrantyUntil != null && order.closedAt() == null,
                order.exchangeNumber(), order.issuedInExchange(),
                RepairAction.allowedFor(order.status(), order.owner()).stream().map(RepairAction::path).toList(),
                withHistory ? events.history(order.id()) : null, released, costs(order), chargedTo(order));
    }

    private RepairCosts costs(RepairOrder order) {
        BigDecimal parts = warehouse.get().issuedValue(order.number());
        BigDecimal labour = money(order.laborCost());
        BigDecimal subcontract = money(order.subcontractCost());
        BigDecimal other = order.totalCost() == null ? money(null)
                : order.totalCost().subtract(money(order.partsCost())).subtract(labour).subtract(subcontract).setScale(2);
        return RepairCosts.of(parts, labour, subcontract, other);
    }

    /** Who pays: the exchange whose core this is, the loan whose returned unit this is, the customer, or the store. */
    private String chargedTo(RepairOrder order) {
        if (order.origin() == Origin.CORE_RETURN) {
            String exchange = orders.exchangeOfCore(order.number()).orElse(null);
            if (exchange != null) {
                return exchange;
            }
        }
        if (order.owner() == Owner.COMPANY && order.serial() != null) {
            String loan = orders.loanOfUnit(order.number()).orElse(null);
            if (loan != null) {
                return loan;
            }
        }
        if (order.owner() == Owner.CUSTOMER) {
            return order.customerRef() == null ? "CUSTOMER" : order.customerRef();
        }
        return "STORE";
    }

    private static BigDecimal money(@Nullable BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The day the supplier's warranty runs until, for a company unit that came in while it ran. */
    private @Nullable LocalDate supplierWarrantyUntil(RepairOrder order) {
        if (order.owner() != Owner.COMPANY || order.serial() == null || order.partId() == null) {
            return null;
        }
        return warehouse.get().cover(order.partId(), order.serial()).filter(c -> c.covers(order.receivedAt()))
                .map(SupplierCover::until).orElse(null);
    }

    /** A customer's item brought back while an earlier repair of the same serial still covers it. */
    private boolean underRepairWarranty(RepairOrder order) {
        return order.owner() == Owner.CUSTOMER && order.serial() != null
                && orders.repairedBetween(order.serial(), order.id(), warranty.coversFrom(order.receivedAt()), order.receivedAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Each family's closed and completed repair orders in the window ({@link RepairYields}). */
    public List<FamilyYield> yieldsByFamily(Instant start, Instant end) {
        return yields.byFamily(start, end);
    }

    /** The repair yield each family's plan uses. */
    public Map<String, PlannedYield> plannedYieldsByFamily(Instant start, Instant end) {
        return yields.plannedByFamily(start, end);
    }

    /** The repair yield a plan uses for a family's figures (the default when there is none or too few). */
    public PlannedYield plannedYield(@Nullable FamilyYield family) {
        return yields.planned(family);
    }
}
