package fr.sav.inventory.purchasing.forecast;

import java.math.BigDecimal;

/**
 * A supplier's terms for the part: unit price, minimum order quantity, pack size, lead time in days (null
 * when unknown) and whether the buyer prefers it.
 */
public record SupplierOffer(String supplier, BigDecimal unitPrice, int minOrderQty, int packSize,
                            Integer leadTimeDays, boolean preferred) {

    public SupplierOffer {
        if (supplier == null || supplier.isBlank()) {
            throw new IllegalArgumentException("an offer needs a supplier code");
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new IllegalArgumentException(supplier + "'s offer needs a price of zero or more, not " + unitPrice);
        }
        if (minOrderQty < 1 || packSize < 1) {
            throw new IllegalArgumentException(supplier + "'s minimum order " + minOrderQty + " and pack size "
                    + packSize + " must be at least 1");
        }
        if (leadTimeDays != null && leadTimeDays < 0) {
            throw new IllegalArgumentException(supplier + "'s lead time cannot be negative: " + leadTimeDays);
        }
    }

    /**
     * The needed pieces rounded up to what this supplier sells: at least the minimum order and a whole number
     * of packs; nothing when nothing is needed.
     */
    public int quantityFor(int needed) {
        if (needed <= 0) {
            return 0;
        }
        int atLeast = Math.max(needed, minOrderQty);
        return Math.multiplyExact(Math.floorDiv(atLeast + packSize - 1, packSize), packSize);
    }

    BigDecimal costOf(int quantity) {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
