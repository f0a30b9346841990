package fr.sav.inventory.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small JSON-over-HTTP client for the benchmarks; answers are never thrown, only returned. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final URI base;
    private final String authorization;

    Http(URI base) {
        this(base, null);
    }

    private Http(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The Authorization header this client sends. */
    String authorization() {
        return authorization;
    }

    Http login(String username, String password) {
        Answer answer = post("/api/login", Map.of("username", username, "password", password), null);
        if (answer.status() != 200) {
            throw new IllegalStateException("login refused: " + answer);
        }
        return new Http(base, "Bearer " + answer.json().get("access_token").asText());
    }

    int status(String path) {
        try {
            return send(request(path).GET().timeout(Duration.ofSeconds(5))).status();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** Gets a path that may answer slowly (the default waits five minutes). */
    Answer get(String path, Duration timeout) {
        return send(request(path).timeout(timeout).GET());
    }

    Answer post(String path, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer upload(String path, Path file) {
        String boundary = "bench-" + UUID.randomUUID();
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
                            + "name=\"file\"; filename=\"" + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n"),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
            return send(request(path).timeout(Duration.ofMinutes(30))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }
}
