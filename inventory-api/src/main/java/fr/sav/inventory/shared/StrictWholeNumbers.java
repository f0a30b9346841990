package fr.sav.inventory.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;

import java.io.IOException;
import java.math.BigInteger;

/**
 * A whole-number field takes a JSON integer, nothing else: the JSON reader on its own reads {@code 1.99} as 1,
 * {@code true} as 1 and {@code "5"} as 5, which would receive one part where the storekeeper typed 1.99.
 */
abstract class StrictWholeNumbers<N extends Number> implements Deserializer<N> {

    private final long min;
    private final long max;

    StrictWholeNumbers(long min, long max) {
        this.min = min;
        this.max = max;
    }

    abstract N of(long value);

    @Override
    public N deserialize(Decoder decoder, DecoderContext context, Argument<? super N> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            long whole = ((Number) value).longValue();
            if (whole >= min && whole <= max) {
                return of(whole);
            }
        }
        throw decoder.createDeserializationException(type.getName() + " must be a whole number"
                + (value instanceof Number ? " from " + min + " to " + max : "") + ", not "
                + (value instanceof String ? "the text \"" + value + "\"" : value), value);
    }

    @Override
    public N deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super N> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    @Override
    public boolean allowNull() {
        return true;
    }
}
