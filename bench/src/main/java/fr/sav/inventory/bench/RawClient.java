package fr.sav.inventory.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection for the load clients: a scanner is one connection sending one request at a
 * time, and the load generator must cost far less CPU than the service it measures.
 */
final class RawClient implements AutoCloseable {

    private final String host;
    private final int port;
    private final String authorization;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    RawClient(URI base, String authorization) {
        this.host = base.getHost();
        this.port = base.getPort();
        this.authorization = authorization;
    }

    /** Posts JSON; answers the status, or -1 when the connection failed (it is opened again next time). */
    Http.Answer post(String path, String json, String idempotencyKey) {
        return send("POST " + path, json.getBytes(StandardCharsets.UTF_8),
                "\r\nContent-Type: application/json\r\nIdempotency-Key: " + idempotencyKey);
    }

    /** Gets a path, as {@link #post} does. */
    Http.Answer get(String path) {
        return send("GET " + path, new byte[0], "");
    }

    private Http.Answer send(String requestLine, byte[] body, String headers) {
        try {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(60_000);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 16_384);
            }
            String head = requestLine + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization + headers
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            return new Http.Answer(-1, e.toString());
        }
    }

    private Http.Answer read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        int length = 0;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        StringBuilder body = new StringBuilder();
        if (chunked) {
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                line();
            }
            line();
        } else {
            body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        return new Http.Answer(code, body.toString());
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        socket = null;
    }
}
