package fr.sav.inventory.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the growing tables bounded: every {@code inventory.retention.interval} (1 h) each feature's {@link Purge}
 * deletes its expired rows, a short transaction per batch of 5,000 so that scans never wait on a long delete.
 */
@Singleton
@Requires(property = "inventory.retention.enabled", notEquals = "false")
class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 5_000;

    private final List<Purge> purges;
    private final Transactions transactions;
    private final Clock clock;

    Retention(List<Purge> purges, Transactions transactions, Clock clock) {
        this.purges = purges;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${inventory.retention.interval:1h}", initialDelay = "${inventory.retention.initial-delay:5m}")
    void scheduled() {
        try {
            run().forEach((what, deleted) -> {
                if (deleted > 0) {
                    LOG.info("Retention: {} {} deleted", deleted, what);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Retention did not run: {}", e.getMessage());
        }
    }

    /** One round: how many rows each purge deleted. */
    public Map<String, Integer> run() {
        Instant now = clock.instant();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (Purge purge : purges) {
            int total = 0;
            int batch;
            do {
                batch = transactions.write(() -> purge.purge(now, BATCH));
                total += batch;
            } while (batch == BATCH);
            deleted.put(purge.what(), total);
        }
        return deleted;
    }
}
