package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.NoLocationOfKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.WrongLocationKind;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.MovementType;
import fr.sav.inventory.stock.Place;
import fr.sav.inventory.stock.StockChange;
import fr.sav.inventory.stock.UnitInfo;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Cannibalisation as the ledger sees it: a repaired (or second-hand) assembly in stock is taken apart in the
 * workshop, where it is regraded DEFECTIVE, and the component enters stock there in the assembly's condition,
 * ready to be held for the reference.
 */
@Singleton
class Disassembly {

    private final Catalog catalog;
    private final Warehouse warehouse;

    Disassembly(Catalog catalog,
                Warehouse warehouse) {
        this.catalog = catalog;
        this.warehouse = warehouse;
    }

    /** Takes the component out of an assembly for the reference; answers the piece to hold. */
    HeldLine takeApart(PartInfo component, ReservationRequest request, String actor) {
        String serial = blank(request.assemblySerial()) ? null : Codes.serial(request.assemblySerial());
        if (serial == null && blank(request.assemblySku())) {
            throw new InvalidRequest("assemblySerial", FieldRule.ASSEMBLY_NAMED,
                    "cannibalising names the assembly: assemblySerial or assemblySku");
        }
        PartInfo assembly = serial == null ? catalog.part(request.assemblySku()) : catalog.part(warehouse.findUnit(serial)
                .map(UnitInfo::partId).orElseThrow(() -> new NotFound("unit", serial)));
        Integer contained = catalog.assembliesContaining(component.id()).get(assembly);
        if (contained == null) {
            throw new NotInAssembly(assembly.sku(), component.sku());
        }
        if (request.quantity() > contained) {
            throw new InvalidRequest("quantity", FieldRule.ASSEMBLY_HOLDS,
                    "one " + assembly.sku() + " holds " + contained + " × " + component.sku(),
                    "assembly", assembly.sku(), "contained", contained, "sku", component.sku());
        }
        String componentSerial = blank(request.serial()) ? null : Codes.serial(request.serial());
        if (component.serialized() != (componentSerial != null)) {
            throw component.serialized()
                    ? new InvalidRequest("serial", FieldRule.SERIAL_NEEDED, "name the serial of the " + component.sku()
                            + " taken out", "sku", component.sku())
                    : new InvalidRequest("serial", FieldRule.NOT_SERIALIZED, component.sku() + " is not serialized",
                            "sku", component.sku());
        }
        Available taken = warehouse.rank(warehouse.usableAvailable(assembly)).stream()
                .filter(a -> AvailabilityCascade.CANNIBALISABLE.contains(a.condition()))
                .filter(a -> serial == null || serial.equals(a.serial()))
                .findFirst().orElseThrow(() -> new AssemblyNotAvailable(assembly.sku(), serial));
        LocationInfo workshop = workshop(taken.location(), request.location());
        Place at = new Place(workshop, taken.condition());
        String why = "taken apart for " + request.reference().trim() + ": " + request.quantity() + " × " + component.sku();
        if (workshop.id() != taken.location().id()) {
            warehouse.post(StockChange.of(MovementType.TRANSFER, assembly).serial(taken.serial()).from(taken.place())
                    .to(at).reference(request.reference().trim()).note(why).build(), actor);
        }
        warehouse.post(StockChange.of(MovementType.REGRADE, assembly).serial(taken.serial()).from(at)
                .to(new Place(workshop, Condition.DEFECTIVE)).reference(request.reference().trim()).note(why).build(), actor);
        warehouse.post(StockChange.of(MovementType.RECEIPT, component).quantity(request.quantity()).serial(componentSerial)
                .to(at).reference(request.reference().trim()).note("taken from " + assembly.sku()
                        + (taken.serial() == null ? "" : " " + taken.serial())).build(), actor);
        return new HeldLine(component, workshop, taken.condition(), componentSerial, request.quantity());
    }

    /** Where the assembly is taken apart: the location named (a workshop), the assembly's own if it is one, else the first workshop. */
    private LocationInfo workshop(LocationInfo assemblyAt, @Nullable String named) {
        if (!blank(named)) {
            LocationInfo location = catalog.location(Codes.location("location", named));
            if (location.kind() != LocationKind.WORKSHOP) {
                throw new WrongLocationKind("An assembly is taken apart in a WORKSHOP location", location.code(),
                        location.kind());
            }
            return location;
        }
        if (assemblyAt.kind() == LocationKind.WORKSHOP) {
            return assemblyAt;
        }
        return catalog.firstOfKind(LocationKind.WORKSHOP, null).orElseThrow(() -> new NoLocationOfKind(
                LocationKind.WORKSHOP, "No workshop", "An assembly is taken apart in a WORKSHOP location and there is none"));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
