package fr.sav.inventory.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * A JSON request body is one JSON value and nothing after it ({@code {"a":1} xyz} and {@code {}{}} are refused, where
 * the framework reads the first value and drops the rest), and its texts are plain ({@link PlainText}; a tab only in
 * notes and the like). A refusal is a 400 that names the field; the body is then read as the framework reads it.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 1)
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_JSON})
final class StrictJsonBodies<T> implements MessageBodyReader<T> {

    private static final JsonFactory PARSERS = new JsonFactory();
    private static final Set<String> FREE_TEXT = Set.of("note", "notes", "description", "findings");

    private final JsonMessageHandler<T> framework;

    StrictJsonBodies(JsonMapper json) {
        this.framework = new JsonMessageHandler<>(json);
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return framework.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) {
        byte[] bytes = bytes(body);
        check(bytes);
        return framework.read(type, mediaType, headers, new ByteArrayInputStream(bytes));
    }

    /** Refuses trailing content and texts that are not plain; leaves malformed JSON to the framework's reader. */
    static void check(byte[] body) {
        try (JsonParser parser = PARSERS.createParser(body)) {
            if (!plainValue(parser)) {
                return;
            }
            if (trailing(parser)) {
                throw new InvalidRequest("request", FieldRule.ONE_JSON_VALUE,
                        "must be one JSON value with nothing after it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the first value, checking its texts: false when it is not well-formed JSON. */
    private static boolean plainValue(JsonParser parser) {
        try {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.VALUE_STRING) {
                    String name = parser.currentName();
                    String text = parser.getText();
                    boolean free = name != null && FREE_TEXT.contains(name);
                    if (PlainText.fault("", text, free).isPresent()) { // the field's path is written out only then
                        throw new InvalidRequest(PlainText.fault(field(parser.getParsingContext().pathAsPointer()), text,
                                free).orElseThrow());
                    }
                }
                if (depth == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException malformed) {
            return false;
        }
    }

    private static boolean trailing(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException garbage) {
            return true;
        }
    }

    /** "/lines/0/name" becomes "lines[0].name"; the root is "request". */
    private static String field(JsonPointer pointer) {
        StringBuilder field = new StringBuilder();
        for (JsonPointer at = pointer; !at.matches(); at = at.tail()) {
            if (at.getMatchingIndex() >= 0) {
                field.append('[').append(at.getMatchingIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(at.getMatchingProperty());
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    private static byte[] bytes(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new CodecException("The request body could not be read: " + e.getMessage(), e);
        }
    }
}
