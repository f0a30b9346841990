package fr.sav.inventory.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * An instant in a body is an ISO-8601 date and time between 2000 and 2100: {@code 0001-01-01T00:00:00Z} is a typing
 * slip, not a movement of the Roman era. Whether it may lie in the future is the domain's call (a movement's
 * {@code occurredAt} may not).
 */
@Singleton
final class PlausibleInstants implements Deserializer<Instant> {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    @Override
    public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        try {
            Instant instant = Instant.parse(String.valueOf(value));
            if (value instanceof String && !instant.isBefore(EARLIEST) && instant.isBefore(LATEST)) {
                return instant;
            }
        } catch (DateTimeException unreadable) {
            // refused below, with the field's name
        }
        throw decoder.createDeserializationException(type.getName() + " must be a date and time between " + EARLIEST
                + " and " + LATEST + " such as 2026-03-01T08:30:00Z, not " + value, value);
    }

    @Override
    public Instant deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Instant> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    @Override
    public boolean allowNull() {
        return true;
    }
}
