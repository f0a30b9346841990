package fr.sav.inventory.web;

import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French from end to end: every problem type the service's code can answer has its French words in the pages
 * (app/i18n/problems-fr.js), each says something sensible with or without its facts, and a refusal shown in a
 * French page carries none of the service's English detail.
 */
class WebProblemTranslationTest extends WebTest {

    /** A problem type written in the code: a refusal's first argument, or a /problems/ path. */
    private static final Pattern TYPE = Pattern.compile(
            "(?:super|Conflict|refused)\\(\"([a-z]+(?:-[a-z]+)+)\"|\"/problems/([a-z]+(?:-[a-z]+)+)\"");
    /** What the framework itself answers (ProblemResponses names them after the HTTP status). */
    private static final Set<String> FRAMEWORK = Set.of("bad-request", "unauthorized", "forbidden", "not-found",
            "method-not-allowed", "not-acceptable", "request-entity-too-large", "unsupported-media-type",
            "internal-server-error");
    private static final Map<String, Object> FACTS = Map.ofEntries(Map.entry("sku", "LV-PMP-0042"),
            Map.entry("location", "MAG-A-03"), Map.entry("condition", "RECONDITIONED"), Map.entry("requested", 3),
            Map.entry("available", 1), Map.entry("serial", "SN-1"), Map.entry("holder", "RO-2026-000001"),
            Map.entry("number", "RO-2026-000001"), Map.entry("currentStatus", "IN_REPAIR"),
            Map.entry("action", "approve"), Map.entry("resource", "part"), Map.entry("key", "X"),
            Map.entry("kind", "BIN"), Map.entry("reason", "PDF"), Map.entry("line", 1), Map.entry("movement", 12),
            Map.entry("movementType", "SCRAP"), Map.entry("approver", "alice"), Map.entry("total", 6000),
            Map.entry("limit", 5000), Map.entry("currency", "USD"), Map.entry("setting", "inventory.currency-rates.USD"),
            Map.entry("supplier", "ACME"), Map.entry("outstanding", 2), Map.entry("printer", "atelier"),
            Map.entry("customerRef", "CLIENT-1"), Map.entry("receivedAt", "2025-01-01"), Map.entry("warrantyMonths", 12));

    static Set<String> typesInTheCode() {
        Set<String> types = new TreeSet<>(FRAMEWORK);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher found = TYPE.matcher(read(f));
                while (found.find()) {
                    types.add(found.group(1) != null ? found.group(1) : found.group(2));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyProblemTypeOfTheCodeIsSaidInFrenchWithOrWithoutItsFacts() {
        Set<String> types = typesInTheCode();
        assertTrue(types.size() > 40, "the scan of the code found " + types);
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-RECEIPT"));

        Map<String, Object> answer = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/i18n/problems-fr.js').then(m => {
                  const said = {};
                  for (const type of Object.keys(m.default)) {
                    const bare = m.french({type: '/problems/' + type}, x => x);
                    const full = m.french({...arguments[0], type: '/problems/' + type}, x => x);
                    said[type] = [bare[0], bare[1], full[1]];
                  }
                  done({said});
                }).catch(e => done({error: String(e)}));""", FACTS);

        Map<String, List<String>> said = (Map<String, List<String>>) answer.get("said");
        assertEquals(Set.of(), difference(types, said.keySet()), "problem types the French pages cannot say");
        said.forEach((type, words) -> words.forEach(text -> {
            assertFalse(text.isBlank(), type);
            assertFalse(text.contains("undefined") || text.contains("null") || text.contains("NaN"), type + ": " + text);
        }));
    }

    @Test
    void aRefusalInAFrenchPageCarriesNoneOfTheServicesEnglish() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");
        atTheScanStation("ISSUE", store, "RO-2026-000321");
        browser.scan("U:NO-SUCH-UNIT-FR");
        browser.until(d -> "error".equals(d.findElement(By.id("scan-feedback")).getAttribute("data-state")));

        String shown = browser.find(By.id("scan-feedback")).getText();
        assertTrue(shown.contains("Introuvable") || shown.contains("Aucun"), shown);
        for (String english : List.of("No unit", "not found", "wanted at", "available")) {
            assertFalse(shown.contains(english), "English reached the French page: " + shown);
        }
    }

    private static Set<String> difference(Set<String> wanted, Set<String> present) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }
}
