package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the component contains the assembly (or is it), so the bill of materials would loop. */
final class ComponentCycle extends Conflict {

    private final String assembly;
    private final String component;

    ComponentCycle(String assembly, String component) {
        super("component-cycle", "An assembly cannot contain itself",
                component + " contains " + assembly + ", so it cannot be one of its components",
                Map.of("assembly", assembly, "component", component));
        this.assembly = assembly;
        this.component = component;
    }

    String assembly() {
        return assembly;
    }

    String component() {
        return component;
    }
}
