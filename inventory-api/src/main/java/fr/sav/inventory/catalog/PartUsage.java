package fr.sav.inventory.catalog;

/** Whether a part has ever moved in stock; implemented by the stock feature, asked before risky catalog edits. */
public interface PartUsage {

    boolean hasMovements(long partId);
}
