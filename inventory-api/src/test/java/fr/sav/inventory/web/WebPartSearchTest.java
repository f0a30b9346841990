package fr.sav.inventory.web;

import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.Map;

/** The parts page finds a part from whatever a technician has at hand: a GTIN, a label, a serial, a few words. */
class WebPartSearchTest extends WebTest {

    @Test
    void aGtinALabelASerialAndWordsInAnyOrderOpenThePart() {
        String gtin = Fixtures.gtin();
        String tag = Fixtures.key("W").replace("-", "");
        String sku = given.part(Map.of("gtin", gtin, "name", "Hublot : joint de porte " + tag, "serialized", true));
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, given.store(), "NEW");
        loginAs("WORKSHOP");

        for (String typed : new String[] {gtin, "P:" + sku, "U:" + serial, "joint hublot " + tag}) {
            browser.go("part");
            browser.waitFor(By.id("part-search")).sendKeys(typed, Keys.ENTER);
            browser.until(d -> d.getCurrentUrl().endsWith("#/part/" + sku));
            browser.waitForText(By.tagName("main"), sku);
        }
        browser.screenshot("part-search");
    }
}
