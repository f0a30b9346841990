package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A unit's supplier side as its page and the scan show it: the purchase ({@code cover}, null when no supplier
 * receipt is on record), the day the supplier's warranty runs until when it still runs today, and whether a
 * return to vendor is proposed (it came back FAULTY while the warranty ran and has not gone back to the supplier).
 */
public record UnitSupplierWarranty(@Nullable SupplierCover cover, @Nullable LocalDate until, boolean vendorReturnProposed) {

    static final UnitSupplierWarranty NONE = new UnitSupplierWarranty(null, null, false);
}
