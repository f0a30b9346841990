package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationKind;
import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Who records a movement: the account's name, whether it may record an inspection result, and its home location
 * (a technician's van), where its movements take stock from when they name no place.
 */
public record Recorder(String name, boolean inspects, Supplier<String> homeLookup) {

    /** Workshop staff and managers inspect; the roles are the account's effective roles. */
    public static Recorder of(String name, Collection<String> roles) {
        return of(name, roles, () -> null);
    }

    /** The home is looked up only when a movement needs it (it names no source, or takes from a van). */
    public static Recorder of(String name, Collection<String> roles, Supplier<String> home) {
        return new Recorder(name, roles.contains("WORKSHOP") || roles.contains("MANAGER"), home);
    }

    /** The account's home location code, or null. */
    @Nullable
    public String home() {
        return homeLookup.get();
    }

    /**
     * Refuses a regrade that makes DEFECTIVE stock usable unless this recorder inspects, and, for a technician at
     * home in a van, taking stock from another technician's van (it serves others only by a transfer).
     */
    void mayRecord(StockChange change) {
        Place from = change.from();
        if (from != null && from.location().kind() == LocationKind.VAN && change.type() != MovementType.REGRADE) {
            String home = home();
            if (home != null && !from.location().code().equals(home)) {
                throw new AnotherTechniciansVan(change.part().sku(), from.location().code(), home);
            }
        }
        if (change.type() == MovementType.REGRADE && change.from().condition() == Condition.DEFECTIVE
                && change.to().condition().usable() && !inspects) {
            throw new InspectionRequired(change.part().sku(), change.from(), change.to().condition());
        }
    }
}
