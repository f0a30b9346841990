package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A serialized unit, where it is, what holds it, whose it is, how often it came back, and its movements; and its
 * supplier side: the purchase ({@code supplierWarranty}), {@code supplierWarrantyUntil} while that warranty runs,
 * and {@code vendorReturnProposed} when it came back FAULTY within it.
 */
@Serdeable
public record UnitView(String serial, String sku, String name, Condition condition, @Nullable String location,
                       UnitStatus status, @Nullable String holder, Owner owner, int returnCount, List<MovementView> history,
                       @Nullable SupplierCover supplierWarranty, @Nullable LocalDate supplierWarrantyUntil,
                       boolean vendorReturnProposed) {
}
