package fr.sav.inventory.web;

import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The imports page: a dry run lists each bad row by line, in the page's language, then the file is applied. */
class WebImportTest extends WebTest {

    @Test
    void aBadCountFileShowsItsErrorsByLineThenAppliesTheGoodRows() throws IOException {
        String sku = given.part();
        String store = given.store();
        Path csv = file("count.csv", "sku;condition;quantity\n" + sku + ";NEW;5\nNO-SUCH-SKU-42;NEW;2\n"
                + sku + ";USED;-4\n" + sku + ";REPAIRED;minus four\n");
        loginAs("STOREKEEPER");
        browser.go("imports");

        new Select(browser.waitFor(By.id("import-kind"))).selectByValue("stock-count");
        browser.type(By.id("import-target"), store);
        browser.find(By.id("import-file")).sendKeys(csv.toString());
        browser.find(By.id("import-check")).click();
        browser.waitFor(By.id("import-report"));

        List<WebElement> errors = browser.all(By.cssSelector("#import-report tr.import-error"));
        assertEquals(3, errors.size(), browser.find(By.id("import-report")).getText());
        assertTrue(errors.get(0).getText().startsWith("3"), errors.get(0).getText());
        assertTrue(errors.get(0).getText().contains("NO-SUCH-SKU-42"));
        assertTrue(errors.get(1).getText().startsWith("4") && errors.get(1).getText().contains("-4"));
        assertTrue(errors.get(2).getText().startsWith("5") && errors.get(2).getText().contains("minus four"));
        assertEquals(List.of("« NO-SUCH-SKU-42 » n’est pas au catalogue", "ne doit pas être négatif",
                "n’est pas un nombre"), errors.stream().map(WebImportTest::problem).toList(),
                "each row's error said in French from its rule and facts");
        String report = browser.find(By.id("import-report")).getText();
        for (String english : List.of("is not in the catalog", "must not be negative", "is not a number", "dry run")) {
            assertFalse(report.contains(english), "English reached the French page: " + report);
        }
        assertEquals(0, given.onHand(sku, store, "NEW"), "a dry run changes nothing");
        browser.screenshot("imports-dry-run");

        browser.find(By.id("import-apply")).click();
        browser.waitForText(By.cssSelector("#import-report .badge"), "Appliqué");

        assertEquals(5, given.onHand(sku, store, "NEW"), "the good row was applied");
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithTheReason() throws IOException {
        Path pdf = file("catalog.pdf", "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        loginAs("BUYER");
        browser.go("imports");

        new Select(browser.waitFor(By.id("import-kind"))).selectByValue("consumption-history");
        browser.find(By.id("import-file")).sendKeys(pdf.toString());
        browser.find(By.id("import-check")).click();

        WebElement problem = browser.waitFor(By.cssSelector("#import-result .problem"));
        assertTrue(problem.getText().toLowerCase().contains("pdf"), problem.getText());
        browser.screenshot("imports-unreadable");
    }

    private static String problem(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return cells.get(cells.size() - 1).getText();
    }

    private static Path file(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("web-import-").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
