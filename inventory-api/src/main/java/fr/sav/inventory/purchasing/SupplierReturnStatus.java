package fr.sav.inventory.purchasing;

import java.util.List;

/** Where a return to vendor stands: with the supplier, then settled one way. */
public enum SupplierReturnStatus {
    /** Sent back: the material left stock and waits for the supplier's answer. */
    SHIPPED,
    /** The supplier credited us an amount. */
    CREDITED,
    /** The supplier sent a replacement, received into stock. */
    REPLACED,
    /** The supplier refused it: the material came back DEFECTIVE to the workshop. */
    REJECTED;

    /** The settlements still possible from here. */
    List<String> allowedActions() {
        return this == SHIPPED ? List.of("credit", "replace", "reject") : List.of();
    }
}
