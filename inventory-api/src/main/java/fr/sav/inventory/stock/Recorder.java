package fr.sav.inventory.stock;

import java.util.Collection;

/** Who records a movement: the account's name, and whether it may record an inspection result. */
public record Recorder(String name, boolean inspects) {

    /** Workshop staff and managers inspect; the roles are the account's effective roles. */
    public static Recorder of(String name, Collection<String> roles) {
        return new Recorder(name, roles.contains("WORKSHOP") || roles.contains("MANAGER"));
    }

    /** Refuses a regrade that makes DEFECTIVE stock usable unless this recorder inspects. */
    void mayRecord(StockChange change) {
        if (change.type() == MovementType.REGRADE && change.from().condition() == Condition.DEFECTIVE
                && change.to().condition().usable() && !inspects) {
            throw new InspectionRequired(change.part().sku(), change.from(), change.to().condition());
        }
    }
}
