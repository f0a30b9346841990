package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.OfferView;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.repair.InRepair;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The availability check a storekeeper walks by hand (contrôle de disponibilité), as a pure function:
 * usable stock of the part in order of condition preference, then equivalent parts' stock, then (when asked)
 * technicians' vans, which serve only by a transfer and are not counted as servable, then units in repair by expected date, then repaired assemblies that hold the part, then the best purchase offer.
 */
final class AvailabilityCascade {

    /** Assemblies worth taking apart: repaired or second-hand ones, never new ones. */
    static final Set<Condition> CANNIBALISABLE = EnumSet.of(Condition.REPAIRED, Condition.RECONDITIONED,
            Condition.USED);

    /** What the cascade is computed from. */
    record Inputs(PartInfo part, int quantity, UnaryOperator<List<Available>> preference, List<Available> stock,
                  List<Available> vans, Map<PartInfo, List<Available>> equivalents, List<InRepair> inRepair,
                  Map<PartInfo, Integer> assemblies, Map<PartInfo, List<Available>> assemblyStock,
                  List<OfferView> offers, LocalDate today) {
    }

    private AvailabilityCascade() {
    }

    static AvailabilityView rank(Inputs in) {
        List<AvailabilityOption> options = new ArrayList<>();
        for (Available available : in.preference().apply(in.stock())) {
            options.add(stockOption(Source.STOCK, in.part(), available, in.quantity()));
        }
        in.equivalents().forEach((equivalent, stock) -> in.preference().apply(stock)
                .forEach(a -> options.add(stockOption(Source.EQUIVALENT_STOCK, equivalent, a, in.quantity()))));
        int servable = (int) Math.min(in.quantity(), options.stream().mapToLong(AvailabilityOption::quantity).sum());
        in.preference().apply(in.vans()).forEach(a -> options.add(stockOption(Source.VAN_STOCK, in.part(), a,
                in.quantity())));
        for (InRepair order : in.inRepair()) {
            options.add(new AvailabilityOption(Source.IN_REPAIR, in.part().sku(), null, null, order.serial(), 1,
                    order.expectedDate(), null, null, null, order.number()));
        }
        in.assemblies().forEach((assembly, contained) -> in.preference().apply(
                in.assemblyStock().getOrDefault(assembly, List.of())).stream().filter(a -> CANNIBALISABLE.contains(a.condition())).forEach(a ->
                options.add(new AvailabilityOption(Source.CANNIBALISE, assembly.sku(), a.condition(), a.location().code(),
                        a.serial(), (int) Math.min(in.quantity(), (long) a.quantity() * contained), null, null, null, null,
                        in.part().sku()))));
        bestOffer(in.offers()).ifPresent(offer -> options.add(purchase(offer, in.quantity(), in.today())));
        return new AvailabilityView(in.part().sku(), in.quantity(), servable, servable >= in.quantity(), options);
    }

    /** The preferred offer, then the cheapest, then the quickest. */
    static java.util.Optional<OfferView> bestOffer(List<OfferView> offers) {
        return offers.stream().min(Comparator.comparing((OfferView o) -> !o.preferred())
                .thenComparing(OfferView::price)
                .thenComparing(o -> o.leadTimeDays() == null ? Integer.MAX_VALUE : o.leadTimeDays()));
    }

    private static AvailabilityOption stockOption(Source source, PartInfo part, Available available, int wanted) {
        return AvailabilityOption.stock(source, part.sku(), available.condition(), available.location().code(),
                available.serial(), Math.min(wanted, available.quantity()));
    }

    private static AvailabilityOption purchase(OfferView offer, int quantity, LocalDate today) {
        @Nullable Integer lead = offer.leadTimeDays();
        return new AvailabilityOption(Source.PURCHASE, offer.sku(), Condition.NEW, null, null, quantity,
                lead == null ? null : today.plusDays(lead), offer.supplier(), lead, offer.price(), offer.supplierRef());
    }
}
