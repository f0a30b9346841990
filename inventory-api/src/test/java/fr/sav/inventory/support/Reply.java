package fr.sav.inventory.support;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An HTTP answer as a test sees it: status, headers, raw text and the JSON body. */
public record Reply(int status, HttpHeaders headers, String text, Object json) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> body() {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
        return (List<Map<String, Object>>) body().get("items");
    }

    public Object get(String field) {
        return body().get(field);
    }

    public int integer(String field) {
        return ((Number) body().get(field)).intValue();
    }

    public String string(String field) {
        return (String) body().get(field);
    }

    public String contentType() {
        return headers.firstValue("content-type").orElse("");
    }

    /** Asserts the status, showing the body when it differs. */
    public Reply expect(int expected) {
        assertEquals(expected, status, () -> "HTTP " + status + ": " + text);
        return this;
    }

    /** Asserts a problem+json answer with this status and problem type. */
    public Reply expectProblem(int expectedStatus, String type) {
        expect(expectedStatus);
        assertEquals("application/problem+json", contentType().split(";")[0], () -> "content type of " + text);
        assertEquals("/problems/" + type, string("type"), () -> "problem type of " + text);
        assertEquals(expectedStatus, integer("status"), text);
        if (string("title") == null || string("detail") == null) {
            throw new AssertionError("problem without title or detail: " + text);
        }
        return this;
    }

    /** Asserts the problem's facts: each member named has this value (numbers compared by value). */
    public Reply expectFacts(Map<String, ?> facts) {
        facts.forEach((name, value) -> assertEquals(value instanceof Number n ? (Object) n.longValue() : value,
                body().get(name) instanceof Number n ? (Object) n.longValue() : body().get(name),
                () -> "fact '" + name + "' of " + text));
        return this;
    }
}
