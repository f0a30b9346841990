package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

/** A customer's item dropped off: how often it came back, and the exchange that once handed it out, if it was ours. */
public record CustomerItemBack(int returnCount, @Nullable String issuedIn) {
}
