package fr.sav.csvimport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a row was rejected: the physical line where the record starts (the header line counts, and so do
 * lines inside quoted values), our field name, the supplier's header (null when the column is absent),
 * the offending value ("" when missing), a message a buyer understands, and the {@link RowRule} that refused it
 * with its facts (max, min, allowed, fields...), for a page that says it in the buyer's language.
 */
public record RowError(long line, String field, String header, String value, String message, RowRule rule,
                       Map<String, Object> facts) {

    public RowError {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    @Override
    public String toString() {
        return "line " + line + (header == null ? "" : ", column '" + header + "'") + ": " + message;
    }

    /** Facts from name, value pairs, in order. */
    static Map<String, Object> factsOf(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("facts are name, value pairs: " + pairs.length + " given");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            facts.put((String) pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(facts);
    }
}
