package fr.sav.inventory.labels;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationView;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.repair.RepairOrderView;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Owner;
import fr.sav.inventory.stock.UnitInfo;
import fr.sav.inventory.stock.Warehouse;
import fr.sav.labelprinter.Label;
import fr.sav.labelprinter.LabelKind;
import fr.sav.labelprinter.LocationLabel;
import fr.sav.labelprinter.PartLabel;
import fr.sav.labelprinter.RepairOrderLabel;
import fr.sav.labelprinter.Symbology;
import fr.sav.labelprinter.UnitLabel;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.ZoneOffset;
import java.util.Locale;

/** Builds the label of a part, location, unit or repair order from what the service knows of it. */
@Singleton
class LabelSource {

    private final Catalog catalog;
    private final Warehouse warehouse;
    private final RepairViews repairs;

    LabelSource(Catalog catalog, Warehouse warehouse, RepairViews repairs) {
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.repairs = repairs;
    }

    Label label(LabelKind kind, String key, @Nullable Condition condition, @Nullable String bin,
                @Nullable Symbology symbology) {
        Label label = switch (kind) {
            case PART -> part(key, condition, bin);
            case LOCATION -> location(key);
            case UNIT -> unit(key);
            case REPAIR_ORDER -> repairOrder(key);
        };
        return symbology == null ? label : label.with(symbology);
    }

    private PartLabel part(String sku, @Nullable Condition condition, @Nullable String bin) {
        PartInfo part = catalog.part(sku);
        String binCode = bin == null || bin.isBlank() ? null : catalog.location(Codes.location("bin", bin)).code();
        return PartLabel.of(part.sku(), part.name(), condition == null ? null : condition.name(), binCode);
    }

    private LocationLabel location(String code) {
        LocationView location = catalog.locationView(code);
        return LocationLabel.of(location.code(), location.name());
    }

    private UnitLabel unit(String serial) {
        UnitInfo unit = warehouse.findUnit(Codes.serial(serial)).orElseThrow(() -> new NotFound("unit", serial));
        return UnitLabel.of(unit.serial(), catalog.part(unit.partId()).sku(), unit.condition().name());
    }

    private RepairOrderLabel repairOrder(String number) {
        RepairOrderView order = repairs.get(number.trim().toUpperCase(Locale.ROOT));
        String item = order.sku() != null
                ? order.sku() + (order.serial() == null ? "" : " " + order.serial())
                : order.description();
        String customer = order.owner() == Owner.CUSTOMER
                ? (order.customerRef() == null ? "customer" : order.customerRef()) : null;
        return RepairOrderLabel.of(order.number(), item, customer, order.receivedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }
}
