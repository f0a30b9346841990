package fr.sav.inventory.shared;

import fr.sav.inventory.support.ApiTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deadlock provoked between two transactions is broken by MariaDB and retried transparently. */
class DeadlockRetryTest extends ApiTest {

    @Inject
    Transactions transactions;

    @Inject
    Sql sql;

    @Test
    void twoTransactionsLockingInOppositeOrderBothCompleteAfterARetry() throws Exception {
        long a = locationId(given.store());
        long b = locationId(given.store());
        CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();

        CompletableFuture<String> first = CompletableFuture.supplyAsync(
                () -> lockInOrder(a, b, bothHoldTheirFirstLock, attempts, "first"));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(
                () -> lockInOrder(b, a, bothHoldTheirFirstLock, attempts, "second"));

        assertEquals("first", first.get(60, TimeUnit.SECONDS));
        assertEquals("second", second.get(60, TimeUnit.SECONDS));
        assertTrue(attempts.get() >= 3, "one transaction was rolled back by the deadlock and run again");
        assertTrue(admin.anonymous().get("/prometheus").text().contains("inventory_transaction_retries_total"),
                "retries are counted in the metrics");
        List<String> names = transactions.read(() -> sql.list(
                "SELECT name FROM location WHERE id IN (?, ?)", row -> row.getString(1), a, b));
        assertEquals(2, names.size());
    }

    @Test
    void deadlocksLockWaitTimeoutsAndGaleraConflictsAreRetryable() {
        assertTrue(Transactions.isRetryable(new RuntimeException(new java.sql.SQLException("deadlock", "40001", 1213))));
        assertTrue(Transactions.isRetryable(new java.sql.SQLTransientException("lock wait", "HY000", 1205)));
        assertTrue(!Transactions.isRetryable(new java.sql.SQLException("duplicate", "23000", 1062)));
        assertTrue(!Transactions.isRetryable(new IllegalStateException("no")));
    }

    private String lockInOrder(long firstId, long secondId, CyclicBarrier barrier, AtomicInteger attempts, String name) {
        return transactions.write(() -> {
            int attempt = attempts.incrementAndGet();
            sql.update("UPDATE location SET name = ? WHERE id = ?", name + " " + attempt, firstId);
            if (attempt <= 2) {
                await(barrier);
            }
            sql.update("UPDATE location SET name = ? WHERE id = ?", name + " " + attempt, secondId);
            return name;
        });
    }

    private long locationId(String code) {
        return transactions.read(() -> sql.one("SELECT id FROM location WHERE code = ?", row -> row.getLong(1), code)
                .orElseThrow());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
