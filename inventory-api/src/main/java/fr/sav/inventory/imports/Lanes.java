package fr.sav.inventory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Applies chunks of rows on worker threads while the file is still being read. A row goes to the lane its key
 * names, so rows with the same key are applied by one lane in file order, and lanes never touch the same
 * key at once. Each lane holds at most one chunk waiting: reading waits for the database, and memory stays
 * bounded. The first failure of any lane stops the import and is thrown to the reader.
 */
final class Lanes<T> implements AutoCloseable {

    /** Tells a lane that nothing more will come: compared by identity, never applied. */
    private static final List<Object> END = new ArrayList<>(0);

    private final List<Lane> lanes = new ArrayList<>();
    private final int chunkSize;
    private final Consumer<List<T>> work;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    Lanes(int count, int chunkSize, String name, Consumer<List<T>> work) {
        this.chunkSize = chunkSize;
        this.work = work;
        for (int i = 0; i < count; i++) {
            Lane lane = new Lane();
            lanes.add(lane);
            lane.thread = new Thread(lane::run, name + "-lane-" + i);
            lane.thread.setDaemon(true);
            lane.thread.start();
        }
    }

    void add(Object key, T row) {
        Lane lane = lanes.get(Math.floorMod(key.hashCode(), lanes.size()));
        lane.chunk.add(row);
        if (lane.chunk.size() >= chunkSize) {
            lane.submit();
        }
    }

    /** Applies what is left, waits for every lane, and throws the first failure. */
    void finish() {
        for (Lane lane : lanes) {
            if (!lane.chunk.isEmpty()) {
                lane.submit();
            }
        }
        close();
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    public void close() {
        for (Lane lane : lanes) {
            lane.end();
        }
        for (Lane lane : lanes) {
            try {
                lane.thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the import was being applied", e);
            }
        }
    }

    private final class Lane {

        private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(1);
        private List<T> chunk = new ArrayList<>();
        private Thread thread;
        private boolean ended;

        void submit() {
            RuntimeException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            put(chunk);
            chunk = new ArrayList<>();
        }

        void end() {
            if (!ended) {
                ended = true;
                put(END);
            }
        }

        private void put(List<?> item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the import was being read", e);
            }
        }

        @SuppressWarnings("unchecked")
        void run() {
            try {
                for (List<?> next = queue.take(); next != END; next = queue.take()) {
                    if (failure.get() == null) {
                        work.accept((List<T>) next);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e instanceof RuntimeException r ? r : new IllegalStateException(e));
                drain();
            }
        }

        /** After a failure, takes what the reader still sends until the end, so that it never waits for nothing. */
        private void drain() {
            try {
                while (queue.take() != END) {
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
