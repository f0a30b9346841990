package fr.sav.inventory.web;

import fr.sav.inventory.support.Browser;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The buyer's page against the purchasing API: a suggestion becomes a purchase request, which is submitted,
 * approved by another buyer, ordered and received, then exported as CSV.
 */
class WebBuyerTest extends WebTest {

    @Test
    void aSuggestionBecomesARequestThatIsApprovedOrderedReceivedAndExported() throws IOException {
        assertEquals(200, admin.get("/api/reorder-suggestions?size=1").status(),
                "the purchasing API (reorder suggestions, purchase requests) must be on this branch: merge main");
        String supplier = given.supplier();
        String sku = suggestedBy(supplier);
        String store = given.store();
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");

        showSuggestionsOf(supplier, sku);
        browser.click(By.cssSelector("input.pick[data-sku='" + sku + "']"));
        browser.find(By.id("create-requests")).click();
        String number = browser.waitFor(By.id("requests-created")).getText().replaceAll(".*(PR-\\d{4}-\\d{6}).*", "$1");
        By card = By.id("pr-" + number);
        step(number, "submit", "SUBMITTED");
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");
        step(number, "approve", "APPROVED");
        assertEquals("Validée", browser.find(By.cssSelector("#pr-" + number + " .badge")).getText());
        step(number, "order", "ORDERED");
        assertEquals("Commandée", browser.find(By.cssSelector("#pr-" + number + " .badge")).getText());
        browser.find(By.cssSelector("#pr-" + number + " button[data-action='receive']")).click();
        browser.type(By.cssSelector("#pr-" + number + " input[name='location']"), store);
        browser.find(By.cssSelector("#pr-" + number + " form button[type='submit']")).click();
        browser.until(d -> d.findElements(card).isEmpty());

        assertEquals("RECEIVED", admin.get("/api/purchase-requests/" + number).string("status"));
        assertTrue(given.onHand(sku, store, "NEW") > 0, "the delivery is in stock");

        browser.type(By.id("export-supplier"), supplier);
        Files.deleteIfExists(Browser.DOWNLOADS.resolve("purchase-requests.csv"));
        browser.find(By.id("export")).click();
        browser.waitForText(By.id("export-preview"), number);
        assertTrue(browser.find(By.id("export-preview")).getText().contains(sku));
        assertTrue(browser.find(By.id("export-preview")).getText().contains(";RECEIVED;"),
                "the export carries the request's status and the quantity received");
        browser.until(d -> Files.exists(Browser.DOWNLOADS.resolve("purchase-requests.csv")));
        browser.fullScreenshot("buyer");
    }

    @Test
    void creatingRequestsWithNothingTickedSaysSoAndCreatesNothing() {
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");
        browser.waitFor(By.cssSelector("#suggestions > *"));
        long before = requestCount();

        browser.find(By.id("create-requests")).click();

        assertTrue(browser.waitFor(By.id("nothing-ticked")).getText().contains("Cochez"));
        assertTrue(browser.all(By.id("requests-created")).isEmpty());
        assertEquals(before, requestCount(), "no request was created");
    }

    @Test
    void aSuggestionTakesOneLineWithItsReasonAndItsExplanationFolded() {
        String supplier = given.supplier();
        String sku = suggestedBy(supplier);
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");

        showSuggestionsOf(supplier, sku);

        By row = By.xpath("//input[@data-sku='" + sku + "']/ancestor::tr");
        By details = By.cssSelector("#suggestions details.explanation");
        assertTrue(browser.find(row).getSize().getHeight() <= 120, // 433 px when the explanation was unfolded
                "the row is " + browser.find(row).getSize().getHeight() + " px tall");
        assertTrue(browser.find(By.cssSelector("#suggestions details.explanation summary")).getText()
                .contains("sous le point de commande"));
        browser.find(By.cssSelector("#suggestions details.explanation summary")).click();
        assertTrue(browser.find(details).getAttribute("open") != null, "the explanation unfolds");
        browser.fullScreenshot("buyer-suggestions");
    }

    @Test
    void aHandSetPolicyIsSetFromASuggestionShownOnThePartAndCleared() {
        String supplier = given.supplier();
        String sku = suggestedBy(supplier);
        loginAs("BUYER", "STOREKEEPER");
        browser.go("buyer");
        showSuggestionsOf(supplier, sku);
        By levels = By.cssSelector("button.policy-edit[data-sku='" + sku + "']");
        assertEquals("prévision", browser.find(levels).getText());

        browser.click(By.cssSelector("button.policy-edit[data-sku='" + sku + "']"));
        browser.until(d -> sku.equals(d.findElement(By.id("policy-sku")).getAttribute("value")));
        browser.type(By.id("policy-min"), "30");
        browser.type(By.id("policy-max"), "500");
        browser.type(By.id("policy-note"), "recommandation du fournisseur");
        browser.find(By.id("policy-save")).click();
        browser.waitFor(By.id("policy-saved"));

        browser.until(d -> "politique manuelle".equals(d.findElement(levels).getText()));
        assertTrue(browser.waitFor(By.id("policy-" + sku)).getText().contains("appliquée"));
        Map<String, Object> policy = admin.get("/api/parts/" + sku + "/stock-policy").expect(200).body();
        assertEquals(List.of(30, 500, "recommandation du fournisseur"), List.of(policy.get("min"), policy.get("max"),
                policy.get("note")));
        Map<?, ?> row = ((List<?>) admin.get("/api/reorder-suggestions?supplier=" + supplier).expect(200).json()).stream()
                .map(r -> (Map<?, ?>) r).filter(r -> sku.equals(r.get("sku"))).findFirst().orElseThrow();
        assertEquals(500, ((Number) row.get("orderUpTo")).intValue(), "the suggestion follows the hand-set max");
        browser.fullScreenshot("buyer-policy");

        browser.go("part/" + sku);
        assertTrue(browser.waitForText(By.id("part-policy"), "max 500").getText().contains("recommandation du fournisseur"));
        browser.click(By.id("part-policy-edit"));
        browser.until(d -> "500".equals(d.findElement(By.id("policy-max")).getAttribute("value")));
        browser.find(By.id("policy-clear")).click();
        browser.waitFor(By.id("policy-cleared"));

        admin.get("/api/parts/" + sku + "/stock-policy").expectProblem(404, "not-found");
    }

    @Test
    void everyRequestStatusAgreesWithLaDemandeInFrench() {
        loginAs("BUYER", "STOREKEEPER");

        browser.go("buyer");

        assertEquals(List.of("Tous", "Brouillon", "Soumise", "Validée", "Commandée", "Reçue en partie", "Reçue", "Soldée"),
                browser.waitFor(By.cssSelector("#export-status")).findElements(By.tagName("option")).stream()
                        .map(WebElement::getText).toList());
    }

    private long requestCount() {
        return admin.get("/api/purchase-requests?size=1").expect(200).integer("total");
    }

    /** A part of this supplier's that sold ten a week and has no stock, so it is suggested. */
    private String suggestedBy(String supplier) {
        String sku = given.part(Map.of("standardCost", "12.50"));
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "REF-" + sku, "sku", sku,
                "price", "12.50", "preferred", true, "leadTimeDays", 7)).expect(200);
        admin.upload("/api/imports/consumption-history", "history.csv", history(sku).getBytes(StandardCharsets.UTF_8),
                Map.of()).expect(200);
        return sku;
    }

    private void showSuggestionsOf(String supplier, String sku) {
        WebElement unfiltered = browser.waitFor(By.cssSelector("#suggestions > *"));
        browser.type(By.id("suggestion-supplier"), supplier);
        browser.find(By.id("suggestions-refresh")).click();
        browser.until(ExpectedConditions.stalenessOf(unfiltered));
        browser.waitFor(By.cssSelector("#suggestions input.pick[data-sku='" + sku + "']"));
    }

    private void step(String number, String action, String status) {
        browser.waitFor(By.cssSelector("#pr-" + number + " button[data-action='" + action + "']")).click();
        browser.waitFor(By.cssSelector("#pr-" + number + "[data-status='" + status + "']"));
    }

    /** Ten pieces a week over the last twelve weeks. */
    private static String history(String sku) {
        StringBuilder csv = new StringBuilder("sku;period;quantity\n");
        for (int week = 1; week <= 12; week++) {
            LocalDate day = LocalDate.now().minusWeeks(week);
            csv.append(sku).append(';').append(day.get(IsoFields.WEEK_BASED_YEAR)).append("-W")
                    .append(String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))).append(";10\n");
        }
        return csv.toString();
    }
}
