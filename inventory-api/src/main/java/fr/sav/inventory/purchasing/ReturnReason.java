package fr.sav.inventory.purchasing;

import fr.sav.inventory.stock.Condition;

/** Why material goes back to its supplier, and the condition it usually leaves in when nobody says. */
public enum ReturnReason {
    /** Dead on arrival: failed at first use. */
    DOA(Condition.DEFECTIVE),
    /** Failed the quality check at receipt. */
    QC_FAILED(Condition.DEFECTIVE),
    /** Not the part that was ordered: it goes back as it came. */
    WRONG_PART(Condition.NEW),
    /** Failed within the supplier's warranty: checked against the receipt date and the offer's warranty. */
    WARRANTY(Condition.DEFECTIVE);

    private final Condition usualCondition;

    ReturnReason(Condition usualCondition) {
        this.usualCondition = usualCondition;
    }

    Condition usualCondition() {
        return usualCondition;
    }

    boolean checksWarranty() {
        return this == WARRANTY;
    }
}
