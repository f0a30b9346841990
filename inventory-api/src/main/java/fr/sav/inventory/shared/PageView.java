package fr.sav.inventory.shared;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list: {@code ?page=0&size=50} answers {items, page, size, total}. */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long total) {
}
