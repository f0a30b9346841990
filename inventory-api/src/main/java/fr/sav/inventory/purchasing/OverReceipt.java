package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a receipt brings more of a part than is still outstanding on the purchase request. */
final class OverReceipt extends Conflict {

    private final String sku;
    private final int outstanding;

    OverReceipt(String number, String sku, int received, int outstanding) {
        super("over-receipt", "More than ordered", received + " × " + sku + " received but only " + outstanding
                + " outstanding on " + number, Map.of("sku", sku, "outstanding", outstanding));
        this.sku = sku;
        this.outstanding = outstanding;
    }

    String sku() {
        return sku;
    }

    int outstanding() {
        return outstanding;
    }
}
