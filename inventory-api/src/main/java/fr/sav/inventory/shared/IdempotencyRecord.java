package fr.sav.inventory.shared;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** The first result of a keyed request, stored with the change it made ({@link Idempotency}). */
@MappedEntity("idempotency_record")
record IdempotencyRecord(@EmbeddedId Key id, String requestHash, String body, Instant createdAt) {

    /** A key belongs to an account and a scope: the same key from another account or for another action is another. */
    @Embeddable
    record Key(@MappedProperty("account") String account, @MappedProperty("idempotency_key") String idempotencyKey,
               @MappedProperty("scope") String scope) {
    }
}
