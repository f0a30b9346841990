package fr.sav.inventory.field;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A part below its minimum at a location: {@code onHand} (usable, there), {@code incoming} (on open or in-transit
 * transfer orders to it), the rule, what {@code from} has available, and {@code proposed} = max − onHand − incoming,
 * at most what {@code from} has.
 */
@Serdeable
public record ReplenishmentProposal(String sku, String name, int onHand, int incoming, int min, int max, int available,
                                    int proposed, String from) {
}
