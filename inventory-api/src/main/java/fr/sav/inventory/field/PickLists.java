package fr.sav.inventory.field;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.labelprinter.Labels;
import fr.sav.labelprinter.PickList;
import jakarta.inject.Singleton;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** The pick list of a transfer order, for the storekeeper who prepares it (the label printer's PDF). */
@Singleton
class PickLists {

    private static final Labels LABELS = new Labels();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Catalog catalog;

    PickLists(Catalog catalog) {
        this.catalog = catalog;
    }

    byte[] pdf(TransferOrderView order) {
        LocationInfo from = catalog.location(order.from());
        LocationInfo to = catalog.location(order.to());
        List<PickList.Line> lines = order.lines().stream()
                .sorted(Comparator.comparing(TransferOrderView.Line::sku))
                .map(line -> new PickList.Line(from.code(), from.name(), line.sku(), line.name(),
                        line.condition().name() + (line.serial() == null ? "" : " " + line.serial()),
                        line.quantity()))
                .toList();
        return LABELS.pickList(new PickList(order.number(), List.of(
                "De / from " + from.code() + " (" + from.name() + ") → " + to.code() + " (" + to.name() + ")",
                order.status() + " · " + WHEN.format(order.createdAt()) + " · " + order.createdBy()), lines));
    }
}
