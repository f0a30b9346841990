package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NetworkPrinterTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final Duration BOUND = Duration.ofSeconds(10);

    @Test
    void aPrinterReceivesExactlyTheBytesOfTheJob() throws Exception {
        byte[] job = new Labels().zpl(TestLabels.repairOrder(Symbology.QR_CODE), LabelSize.MM_57X32, Dpi.ZEBRA_203, 2)
                .getBytes(StandardCharsets.US_ASCII);
        try (ServerSocket server = localServer(50)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAllThenClose(server));

            assertTimeoutPreemptively(BOUND, () -> printer(server).send(job));

            assertArrayEquals(job, received.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClosedPortFailsAtOnce() throws IOException {
        int port;
        try (ServerSocket server = localServer(1)) {
            port = server.getLocalPort();
        }
        NetworkPrinter printer = NetworkPrinter.at("127.0.0.1", port).withTimeouts(TIMEOUT, TIMEOUT);

        PrinterUnreachable failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(PrinterUnreachable.class, () -> printer.send("^XA^XZ")));

        assertTrue(failure.getMessage().startsWith("printer 127.0.0.1:" + port + " failed"), failure.getMessage());
    }

    @Test
    void aListenerThatNeverAcceptsFailsWithinTheTimeout() throws IOException {
        try (ServerSocket server = localServer(1)) {
            long start = System.nanoTime();

            PrinterUnreachable failure = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(PrinterUnreachable.class, () -> printer(server).send("^XA^XZ")));

            assertElapsedAboutTheTimeout(start);
            assertTrue(failure.getMessage().contains("within 500 ms"), failure.getMessage());
        }
    }

    @Test
    void aPrinterThatNeverReadsALargeJobFailsWithinTheTimeout() throws Exception {
        byte[] job = new byte[32 * 1024 * 1024];
        try (ServerSocket server = localServer(1)) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(server));
            long start = System.nanoTime();

            PrinterUnreachable failure = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(PrinterUnreachable.class, () -> printer(server).send(job)));

            assertElapsedAboutTheTimeout(start);
            assertTrue(failure.getMessage().contains("stopped reading the job within 500 ms"), failure.getMessage());
            accepted.get(5, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void withoutAwaitingCloseAJobIsDoneOnceEveryByteIsTaken() throws Exception {
        try (ServerSocket server = localServer(1)) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(server));

            assertTimeoutPreemptively(BOUND, () -> printer(server).withoutAwaitingClose().send("^XA^XZ"));

            accepted.get(5, TimeUnit.SECONDS).close();
        }
    }

    private static NetworkPrinter printer(ServerSocket server) {
        return NetworkPrinter.at("127.0.0.1", server.getLocalPort()).withTimeouts(TIMEOUT, TIMEOUT);
    }

    private static ServerSocket localServer(int backlog) throws IOException {
        return new ServerSocket(0, backlog, InetAddress.getByName("127.0.0.1"));
    }

    private static void assertElapsedAboutTheTimeout(long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= TIMEOUT.toMillis() - 50 && millis < TIMEOUT.toMillis() + 2_000, millis + " ms");
    }

    private static Socket accept(ServerSocket server) {
        try {
            return server.accept();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAllThenClose(ServerSocket server) {
        try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
            socket.setSoTimeout(5_000);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
