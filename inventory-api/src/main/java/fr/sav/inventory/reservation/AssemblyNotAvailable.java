package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** Refused: no repaired, reconditioned or used assembly (or not the unit named) is in stock to be taken apart. */
final class AssemblyNotAvailable extends Conflict {

    private final String assembly;

    AssemblyNotAvailable(String assembly, @Nullable String serial) {
        super("assembly-not-available", "No assembly to take apart", "No repaired, reconditioned or used " + assembly
                + (serial == null ? "" : " " + serial) + " is available in stock", Map.of("assembly", assembly));
        this.assembly = assembly;
    }

    String assembly() {
        return assembly;
    }
}
