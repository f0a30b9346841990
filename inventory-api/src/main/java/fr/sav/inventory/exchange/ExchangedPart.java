package fr.sav.inventory.exchange;

import io.micronaut.core.annotation.Nullable;

/** A part exchanged in the window. */
public record ExchangedPart(long partId, String sku, @Nullable String family) {
}
