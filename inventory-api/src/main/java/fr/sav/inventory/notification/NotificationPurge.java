package fr.sav.inventory.notification;

import fr.sav.inventory.shared.Purge;
import fr.sav.inventory.shared.Sql;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/** Read notifications are kept {@code inventory.retention.notification-days} (180); unread ones stay until read. */
@Singleton
class NotificationPurge implements Purge {

    private final Sql sql;
    private final Duration kept;

    NotificationPurge(Sql sql, @Value("${inventory.retention.notification-days:180}") int days) {
        this.sql = sql;
        this.kept = Duration.ofDays(days);
    }

    @Override
    public String what() {
        return "read notifications";
    }

    @Override
    public int purge(Instant now, int batch) {
        return sql.update("DELETE FROM notification WHERE read_at < ? LIMIT ?", now.minus(kept), batch);
    }
}
