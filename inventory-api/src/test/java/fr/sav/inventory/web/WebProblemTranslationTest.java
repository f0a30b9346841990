package fr.sav.inventory.web;

import fr.sav.csvimport.RowRule;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French from end to end: every problem type the service's code can answer, and every rule a field error of an
 * invalid request or a row error of an import report can name, has its French words in the pages
 * (app/i18n/problems-fr.js), each says something
 * sensible with or without its facts, and a refusal shown in a French page carries none of the service's English.
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

    /** A field rule the code refuses with, or a bean-validation constraint its requests are checked against. */
    private static final Pattern RULE = Pattern.compile(
            "FieldRule\\.([A-Z]+(?:_[A-Z]+)*)\\b|import jakarta\\.validation\\.constraints\\.([A-Za-z]+);");
    /** An invalid request built from a field and an English sentence alone, with no rule to say it by. */
    private static final Pattern WITHOUT_RULE = Pattern.compile("new InvalidRequest\\((?:[^,()]|\\([^()]*\\))+,\\s*\"");
    private static final Map<String, Object> FIELD_FACTS = Map.ofEntries(Map.entry("location", "MAG-Z"),
            Map.entry("fields", "sku, name"), Map.entry("gtin", "4006381333931"), Map.entry("min", 1),
            Map.entry("max", 40), Map.entry("value", "x"), Map.entry("integer", 10), Map.entry("fraction", 4),
            Map.entry("code", "U+202E"), Map.entry("position", 4), Map.entry("allowed", List.of("skip", "abort")),
            Map.entry("asked", 600), Map.entry("assembly", "LV-MOT-0001"), Map.entry("contained", 2),
            Map.entry("sku", "LV-PMP-0042"), Map.entry("total", 3), Map.entry("scanned", "SN-1"),
            Map.entry("given", "SN-2"), Map.entry("kind", "LOCATION"), Map.entry("movement", "TRANSFER"),
            Map.entry("needs", List.of("fromLocation", "toLocation")), Map.entry("without", "fromLocation"),
            Map.entry("conditions", List.of("NEW", "USED")), Map.entry("condition", "DEFECTIVE"),
            Map.entry("number", "PR-2026-000001"), Map.entry("supplier", "ACME"),
            Map.entry("path", "POST /api/supplier-returns"), Map.entry("quantity", 2), Map.entry("line", 3),
            Map.entry("counted", 5), Map.entry("createParts", false));

    static Set<String> typesInTheCode() {
        Set<String> types = new TreeSet<>(FRAMEWORK);
        javaSources().forEach(f -> {
            Matcher found = TYPE.matcher(read(f));
            while (found.find()) {
                types.add(found.group(1) != null ? found.group(1) : found.group(2));
            }
        });
        return types;
    }

    /** The rule keys a field error of the code can carry: the FieldRules it uses, the constraints it imports. */
    static Set<String> rulesInTheCode() {
        Set<String> rules = new TreeSet<>();
        javaSources().forEach(f -> {
            Matcher found = RULE.matcher(read(f));
            while (found.find()) {
                rules.add(found.group(1) != null ? FieldRule.valueOf(found.group(1)).key() : found.group(2));
            }
        });
        return rules;
    }

    /**
     * The rule keys a row error of an import report can carry: the CSV library's own rules, and the FieldRules the
     * service's importers refuse a row with (found by {@link #rulesInTheCode()}).
     */
    static Set<String> rowRules() {
        return Arrays.stream(RowRule.values()).map(RowRule::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    void everyFieldErrorOfTheCodeNamesItsRuleAndEveryRuleIsUsed() {
        Set<String> used = rulesInTheCode();
        Set<String> unnamed = new TreeSet<>();
        Set<String> madeByHand = new TreeSet<>();
        javaSources().forEach(f -> {
            String code = read(f);
            Matcher found = WITHOUT_RULE.matcher(code);
            while (found.find()) {
                unnamed.add(f.getFileName() + ": " + found.group());
            }
            if (code.contains("new FieldError(") && !Set.of("FieldError.java", "ValidationProblems.java")
                    .contains(f.getFileName().toString())) {
                madeByHand.add(f.getFileName().toString());
            }
        });

        assertEquals(Set.of(), unnamed, "invalid requests with an English sentence and no rule");
        assertEquals(Set.of(), madeByHand, "field errors made without FieldError.of (and so without a rule)");
        assertEquals(Set.of(), difference(Arrays.stream(FieldRule.values()).map(FieldRule::key).collect(Collectors.toSet()),
                used), "rules no code refuses with");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFieldRuleOfTheCodeIsSaidInFrenchWithOrWithoutItsFacts() {
        Set<String> rules = rulesInTheCode();
        assertTrue(rules.size() > 60 && rules.contains("unknown-location") && rules.contains("NotBlank")
                && rules.contains("unknown-sku"), "the scan of the code found " + rules);
        rules.addAll(rowRules());
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-RECEIPT"));

        Map<String, Object> answer = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/i18n/problems-fr.js').then(m => {
                  const said = {};
                  for (const rule of Object.keys(m.RULES)) {
                    said[rule] = [m.frenchField({rule}, x => x), m.frenchField({rule, facts: arguments[0]}, x => x)];
                  }
                  done({said});
                }).catch(e => done({error: String(e)}));""", FIELD_FACTS);

        Map<String, List<String>> said = (Map<String, List<String>>) answer.get("said");
        assertEquals(Set.of(), difference(rules, said.keySet()), "field rules the French pages cannot say");
        said.forEach((rule, words) -> words.forEach(text -> {
            assertFalse(text.isBlank(), rule);
            assertFalse(text.contains("undefined") || text.contains("null") || text.contains("NaN")
                    || text.contains("[object"), rule + ": " + text);
        }));
        assertEquals(List.of("aucun emplacement « MAG-Z »", "au plus 40 caractères", "au plus 40 décimales",
                        "LV-PMP-0042 DEFECTIVE a déjà été comptée ligne 3"),
                List.of(said.get("unknown-location").get(1), said.get("too-long").get(1),
                        said.get("too-many-decimals").get(1), said.get("counted-twice").get(1)));
    }

    @Test
    void aFieldErrorInAFrenchPageIsSaidInFrenchWithItsFacts() {
        String code = Fixtures.key("MAG-B");
        String parent = Fixtures.key("MAG-Z");
        loginAs("STOREKEEPER");
        browser.go("locations");

        browser.type(By.id("location-code"), code);
        browser.type(By.id("location-name"), "Casier sous un parent inconnu");
        new Select(browser.find(By.id("location-kind"))).selectByValue("BIN");
        browser.type(By.id("location-parent"), parent);
        browser.click(By.id("location-create"));

        String shown = browser.waitFor(By.cssSelector(".problem")).getText();
        assertTrue(shown.contains("Demande invalide") && shown.contains("parent : aucun emplacement « " + parent + " »"),
                shown);
        for (String english : List.of("Invalid request", "no location", "parent:")) {
            assertFalse(shown.contains(english), "English reached the French page: " + shown);
        }
        admin.get("/api/locations/" + code).expect(404);
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
