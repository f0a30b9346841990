package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * The supplier side of a unit or lot, contributed by purchasing (which knows purchase requests and offers): the
 * last receipt of the serial (or, with no serial, of the part) from a supplier.
 */
public interface SupplierCovers {

    Optional<SupplierCover> lastReceipt(long partId, @Nullable String serial);
}
