package fr.sav.inventory.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One use case, one transaction: runs work in a read-write transaction and retries the whole of it when
 * the database rolled it back to break a deadlock, a lock-wait timeout or a Galera certification conflict.
 */
@Singleton
public class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /** ER_LOCK_DEADLOCK (also Galera certification failures), ER_LOCK_WAIT_TIMEOUT, ER_UNKNOWN_COM_ERROR (WSREP not ready). */
    private static final Set<Integer> RETRYABLE_CODES = Set.of(1213, 1205, 1047);

    private final TransactionOperations<Connection> operations;
    private final int attempts;
    private final Counter retries;

    Transactions(TransactionOperations<Connection> operations, MeterRegistry meters,
                 @Value("${inventory.transaction.attempts:5}") int attempts) {
        this.operations = operations;
        this.attempts = attempts;
        this.retries = Counter.builder("inventory.transaction.retries")
                .description("Transactions the database rolled back (deadlock, lock wait, Galera conflict) and that ran again")
                .register(meters);
    }

    public <T> T write(Supplier<T> work) {
        if (operations.findTransactionStatus().isPresent()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return operations.executeWrite(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isRetryable(e)) {
                    throw e;
                }
                LOG.debug("Transaction rolled back by the database ({}), attempt {} of {}", e.getMessage(), attempt, attempts);
                retries.increment();
                pause(attempt);
            }
        }
    }

    public void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    public <T> T read(Supplier<T> work) {
        if (operations.findTransactionStatus().isPresent()) {
            return work.get();
        }
        return operations.executeRead(status -> work.get());
    }

    static boolean isRetryable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (RETRYABLE_CODES.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
