package fr.sav.inventory.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for tests: JSON in and out, Basic or bearer credentials, answers never thrown. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final String base;
    private final String authorization;
    private final Map<String, String> headers;

    private Api(String base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    public static Api at(URI server) {
        return new Api(server.toString().replaceAll("/$", ""), null, Map.of());
    }

    public Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token, headers);
    }

    public Api bearer(String token) {
        return new Api(base, "Bearer " + token, headers);
    }

    /** Logs in through POST /api/login and answers a client that sends the bearer token. */
    public Api login(String username, String password) {
        Reply reply = anonymous().post("/api/login", Map.of("username", username, "password", password)).expect(200);
        return bearer(reply.string("access_token"));
    }

    public Api anonymous() {
        return new Api(base, null, headers);
    }

    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, more);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(publish(body)));
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(publish(body)));
    }

    public Reply patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", publish(body)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Uploads a file as multipart/form-data part {@code file}, with extra form fields. */
    public Reply upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----inventory-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** GETs a binary answer (a PNG, a PDF), failing unless it is a 200. */
    public byte[] bytes(String path) {
        return binary(request(path).GET());
    }

    /** POSTs JSON and reads a binary answer, failing unless it is a 200. */
    public byte[] postForBytes(String path, Object body) {
        return binary(request(path).header("Content-Type", "application/json").POST(publish(body)));
    }

    private static byte[] binary(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw text with the given content type (for malformed input). */
    public Reply raw(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher publish(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json(body));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            return null;
        }
    }
}
