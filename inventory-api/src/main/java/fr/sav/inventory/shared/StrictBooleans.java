package fr.sav.inventory.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Request bodies take {@code true} and {@code false} for a yes/no field, nothing else: the JSON reader on its own
 * reads {@code "maybe"} or {@code 0} as false, which would quietly disable an account or change a part.
 */
@Singleton
class StrictBooleans implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw decoder.createDeserializationException(type.getName() + " must be true or false, not " + value, value);
    }

    @Override
    public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    @Override
    public boolean allowNull() {
        return true;
    }
}
