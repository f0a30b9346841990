package fr.sav.inventory.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The service jar run as a child process, as a user runs it; ready when /health answers 200. */
final class Service implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long startupMillis;

    private Service(Process process, int port, long startupMillis) {
        this.process = process;
        this.port = port;
        this.startupMillis = startupMillis;
    }

    static Service start(Path root, int port, Map<String, String> env, String heap) {
        return start(root, port, env, heap, List.of());
    }

    /**
     * {@code -Dbench.portOffset} moves every port (the benchmarks' ports are fixed: two runs on one machine would
     * otherwise talk to each other's service).
     */
    static Service start(Path root, int basePort, Map<String, String> env, String heap, List<String> jvmArgs) {
        int port = basePort + Integer.getInteger("bench.portOffset", 0);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        command.addAll(jvmArgs);
        String extra = System.getProperty("bench.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", root.resolve("inventory-api/target/inventory-api.jar").toString()));
        if (new Http(URI.create("http://127.0.0.1:" + port)).status("/health") != -1) {
            throw new IllegalStateException("port " + port + " already answers: another service would be measured");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("INVENTORY_PORT", String.valueOf(port));
        builder.environment().putIfAbsent("INVENTORY_ADMIN_PASSWORD", Bench.ADMIN_PASSWORD);
        builder.environment().putIfAbsent("INVENTORY_LOG_LEVEL", "WARN");
        try {
            Path log = Files.createDirectories(root.resolve("bench/results")).resolve("service-" + port + ".log");
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long started = System.nanoTime();
            Process process = builder.start();
            Http http = new Http(URI.create("http://127.0.0.1:" + port));
            long deadline = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service stopped during start; see " + log);
                }
                if (http.status("/health") == 200) {
                    return new Service(process, port, (System.nanoTime() - started) / 1_000_000);
                }
                Thread.sleep(20);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the service was not ready within 180 s; see " + log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long startupMillis() {
        return startupMillis;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no graceful anything. */
    void kill() {
        process.destroyForcibly();
        await();
    }

    @Override
    public void close() {
        process.destroy();
        await();
    }

    private void await() {
        try {
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
