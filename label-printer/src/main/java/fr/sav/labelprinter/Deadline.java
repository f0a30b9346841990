package fr.sav.labelprinter;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/** A time limit for a non-blocking channel: waits until it is ready, or fails once the time is spent. */
final class Deadline {

    private final Duration timeout;
    private final long endNanos;

    Deadline(Duration timeout) {
        this.timeout = timeout;
        this.endNanos = System.nanoTime() + timeout.toNanos();
    }

    /** Waits for the operation to be possible; may return early, so callers retry the operation. */
    void await(SocketChannel channel, Selector selector, int operation, String failure) throws IOException {
        SelectionKey key = channel.register(selector, operation);
        long leftMillis = (endNanos - System.nanoTime()) / 1_000_000;
        int ready = leftMillis > 0 ? selector.select(leftMillis) : 0;
        selector.selectedKeys().clear();
        key.interestOps(0);
        if (ready == 0 && System.nanoTime() - endNanos >= 0) {
            throw new SocketTimeoutException(failure + " within " + timeout.toMillis() + " ms");
        }
    }
}
