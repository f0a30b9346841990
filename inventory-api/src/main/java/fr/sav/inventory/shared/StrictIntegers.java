package fr.sav.inventory.shared;

import jakarta.inject.Singleton;

/** {@link StrictWholeNumbers} for {@code Integer} fields. */
@Singleton
final class StrictIntegers extends StrictWholeNumbers<Integer> {

    StrictIntegers() {
        super(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    Integer of(long value) {
        return (int) value;
    }
}
