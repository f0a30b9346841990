package fr.sav.inventory.reservation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The whole cascade for a request: how many are wanted, how many stock can serve now, and every option ranked. */
@Serdeable
public record AvailabilityView(String sku, int quantity, int servableFromStock, boolean covered,
                               List<AvailabilityOption> options) {
}
