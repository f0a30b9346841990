package fr.sav.inventory.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One notification in an account's inbox. */
@Serdeable
public record NotificationView(long id, NotificationKind kind, String about, String subject, String link,
                               Instant createdAt, @Nullable Instant readAt) {
}
