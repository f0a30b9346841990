package fr.sav.inventory.web;

import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A storekeeper creates a bin in the pages, prints its label, renames it; a quote finds where to wait. */
class WebLocationsTest extends WebTest {

    @Test
    void aStorekeeperCreatesABinSeesItsLabelAndRenamesIt() {
        String code = Fixtures.key("MAG-B");
        loginAs("STOREKEEPER");
        browser.go("locations");

        browser.type(By.id("location-code"), code);
        browser.type(By.id("location-name"), "Casier B");
        new Select(browser.find(By.id("location-kind"))).selectByValue("BIN");
        browser.click(By.id("location-create"));

        browser.waitForText(By.id("locations-done"), code);
        browser.until(d -> (Boolean) browser.script("const img = document.getElementById('label-preview');"
                + " return !!img && img.complete && img.naturalWidth > 0;"));
        assertEquals("BIN", admin.get("/api/locations/" + code).expect(200).string("kind"));

        browser.waitFor(By.id("location-" + code + "-name")).clear();
        browser.find(By.id("location-" + code + "-name")).sendKeys("Casier B, niveau 2");
        browser.click(By.id("location-" + code + "-save"));
        // The notice already names the code since the creation: wait for the one saying it was saved.
        browser.until(d -> {
            String notice = d.findElement(By.id("locations-done")).getText();
            return notice.contains(code) && (notice.contains("enregistré") || notice.contains("saved"));
        });
        assertEquals("Casier B, niveau 2", admin.get("/api/locations/" + code).expect(200).string("name"));
        browser.fullScreenshot("locations");
    }

    @Test
    void aLocationKeepsItsKindAndACustomerQuoteHasSomewhereToWait() {
        String code = given.location("BIN");
        admin.put("/api/locations/" + code, Map.of("code", code, "name", "Atelier ?", "kind", "WORKSHOP"))
                .expectProblem(409, "location-kind-fixed")
                .expectFacts(Map.of("location", code, "kind", "BIN"));
        userWith("BUYER").put("/api/locations/" + code, Map.of("code", code, "name", "x", "kind", "BIN"))
                .expectProblem(403, "forbidden");

        assertTrue(admin.get("/api/locations?kind=AWAITING_CUSTOMER").integer("total") > 0,
                "the first start made a place for items waiting for the customer's answer");
    }
}
