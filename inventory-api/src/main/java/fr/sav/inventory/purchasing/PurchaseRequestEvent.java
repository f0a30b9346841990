package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of a purchase request's life as it is recorded: the action and the move. */
@MappedEntity("purchase_request_event")
record PurchaseRequestEvent(@Id @GeneratedValue @Nullable Long id, long requestId, String action,
                            @Nullable PurchaseStatus fromStatus, PurchaseStatus toStatus, @Nullable String note,
                            Instant occurredAt, String recordedBy) {
}
