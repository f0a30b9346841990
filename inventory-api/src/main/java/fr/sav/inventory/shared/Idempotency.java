package fr.sav.inventory.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes that a scanner or a flaky network may send twice carry an {@code Idempotency-Key}: the first
 * result is stored with the change, in the same transaction; the same key and body again returns it and
 * changes nothing; the same key with another body is refused. A key belongs to the account that sent it: the same
 * key from another account is another request (usernames compared case-insensitively). Only successes are remembered, so a request
 * refused (or lost to a database outage) may simply be sent again. The key is looked up only when the work
 * fails (its record insert collides, or a rule refuses the repeat): a first use costs one insert.
 */
@Singleton
public class Idempotency {

    private final IdempotencyRecords records;
    private final Sql sql;
    private final Transactions transactions;
    private final ObjectMapper json;
    private final Clock clock;

    Idempotency(IdempotencyRecords records, Sql sql, Transactions transactions, ObjectMapper json, Clock clock) {
        this.records = records;
        this.sql = sql;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Runs the work in one transaction, once per account and key; answers the stored result for a repeated key. */
    public <T> T once(String scope, String actor, @Nullable String key, Object request, Class<T> resultType,
                      Supplier<T> work) {
        if (key == null) {
            return transactions.write(work);
        }
        if (key.isBlank() || key.length() > 128) {
            throw new InvalidRequest("Idempotency-Key", FieldRule.LENGTH_BETWEEN, "must be 1 to 128 characters",
                    "min", 1, "max", 128);
        }
        String account = actor.toLowerCase(Locale.ROOT);
        String hash = hash(scope, request);
        try {
            return transactions.write(() -> {
                T result = work.get();
                // written by hand: the repository's save cost as much of the service's time as the movement it records
                sql.update("INSERT INTO idempotency_record (account, idempotency_key, scope, request_hash, body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", account, key, scope, hash, write(result), clock.instant());
                return result;
            });
        } catch (RuntimeException e) {
            // The key was used before (or by a concurrent twin that won): the work just done was rolled back,
            // and the first result is the answer. A first use that failed stored nothing: the error stands.
            return transactions.read(() -> stored(scope, account, key, hash, resultType)).orElseThrow(() -> e);
        }
    }

    private <T> Optional<T> stored(String scope, String account, String key, String hash, Class<T> resultType) {
        return records.findById(new IdempotencyRecord.Key(account, key, scope)).map(record -> {
            if (!record.requestHash().equals(hash)) {
                throw new IdempotencyKeyReused(key);
            }
            return read(record.body(), resultType);
        });
    }

    private String hash(String scope, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scope.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(write(canonical(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Map keys in a fixed order: {@code Map.of} iterates differently in every JVM, and every instance must agree. */
    private static Object canonical(Object request) {
        return request instanceof Map<?, ?> map ? new TreeMap<>(map) : request;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
