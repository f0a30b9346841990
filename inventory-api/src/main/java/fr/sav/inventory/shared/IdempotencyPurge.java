package fr.sav.inventory.shared;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency records are kept {@code inventory.retention.idempotency-days} (30): long after any client's retry,
 * and then forgotten, so the table stays the size of a month's requests.
 */
@Singleton
class IdempotencyPurge implements Purge {

    private final Sql sql;
    private final Duration kept;

    IdempotencyPurge(Sql sql, @Value("${inventory.retention.idempotency-days:30}") int days) {
        this.sql = sql;
        this.kept = Duration.ofDays(days);
    }

    @Override
    public String what() {
        return "idempotency records";
    }

    @Override
    public int purge(Instant now, int batch) {
        return sql.update("DELETE FROM idempotency_record WHERE created_at < ? LIMIT ?", now.minus(kept), batch);
    }
}
