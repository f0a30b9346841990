package fr.sav.inventory.shared;

import jakarta.inject.Singleton;

/** {@link StrictWholeNumbers} for {@code Long} fields. */
@Singleton
final class StrictLongs extends StrictWholeNumbers<Long> {

    StrictLongs() {
        super(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    Long of(long value) {
        return value;
    }
}
