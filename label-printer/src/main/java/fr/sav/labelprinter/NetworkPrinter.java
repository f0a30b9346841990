package fr.sav.labelprinter;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A printer taking raw jobs over TCP (port 9100, "JetDirect"). A job counts as printed only when the printer has
 * read all of it and, when awaitClose is on, closed the connection after our end-of-job, as CUPS' socket backend
 * waits for by default; a printer that never reads or never answers fails within the timeouts.
 */
public record NetworkPrinter(String host, int port, Duration connectTimeout, Duration ioTimeout,
                             boolean awaitClose) {

    public static final int RAW_PORT = 9100;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration IO_TIMEOUT = Duration.ofSeconds(10);

    public NetworkPrinter {
        if (host == null || host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("a printer needs a host and a port in 1-65535, got " + host + ":" + port);
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                || ioTimeout == null || ioTimeout.isNegative() || ioTimeout.isZero()) {
            throw new IllegalArgumentException("printer timeouts must be positive");
        }
    }

    /** The printer at host:port with 3 s to connect, 10 s to take the job, waiting for it to close. */
    public static NetworkPrinter at(String host, int port) {
        return new NetworkPrinter(host, port, CONNECT_TIMEOUT, IO_TIMEOUT, true);
    }

    /** The printer at host, port 9100. */
    public static NetworkPrinter at(String host) {
        return at(host, RAW_PORT);
    }

    public NetworkPrinter withTimeouts(Duration connect, Duration io) {
        return new NetworkPrinter(host, port, connect, io, awaitClose);
    }

    /** For printers that keep the connection open after a job: success once every byte is sent. */
    public NetworkPrinter withoutAwaitingClose() {
        return new NetworkPrinter(host, port, connectTimeout, ioTimeout, false);
    }

    public void send(String zpl) {
        send(zpl.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the job, or throws {@link PrinterUnreachable} saying what failed. */
    public void send(byte[] job) {
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            Deadline connecting = new Deadline(connectTimeout);
            if (!channel.connect(new InetSocketAddress(host, port))) {
                connecting.await(channel, selector, SelectionKey.OP_CONNECT, "did not accept a connection");
                channel.finishConnect();
            }
            Deadline sending = new Deadline(ioTimeout);
            ByteBuffer buffer = ByteBuffer.wrap(job);
            while (buffer.hasRemaining()) {
                if (channel.write(buffer) == 0) {
                    sending.await(channel, selector, SelectionKey.OP_WRITE, "stopped reading the job");
                }
            }
            channel.shutdownOutput();
            if (awaitClose) {
                drainUntilClosed(channel, selector, sending);
            }
        } catch (SocketTimeoutException e) {
            throw new PrinterUnreachable(host, port, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new PrinterUnreachable(host, port, "failed: " + e, e);
        }
    }

    private static void drainUntilClosed(SocketChannel channel, Selector selector, Deadline deadline) throws IOException {
        ByteBuffer answer = ByteBuffer.allocate(1024);
        while (true) {
            answer.clear();
            int read = channel.read(answer);
            if (read < 0) {
                return;
            }
            if (read == 0) {
                deadline.await(channel, selector, SelectionKey.OP_READ, "did not acknowledge the end of the job");
            }
        }
    }
}
