package fr.sav.inventory.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/** A test of the web pages in a real browser, against the running service and real MariaDB. */
public abstract class WebTest extends ApiTest {

    protected Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(server.getURI());
    }

    @AfterEach
    void printConsole(TestInfo test) {
        System.out.println("Browser console after " + test.getDisplayName() + ":\n" + browser.console());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * A new storekeeper at the scan station, in that mode, with that location scanned and, if given, a reference
     * typed (the mode's button clicked again, so that the next scan goes to no input).
     */
    protected void atTheScanStation(String mode, String location, String reference) {
        loginAs("STOREKEEPER");
        browser.waitFor(By.id("mode-" + mode)).click();
        browser.scan("L:" + location);
        browser.waitForText(By.id("slot-location"), location);
        if (reference != null) {
            browser.type(By.id("scan-reference"), reference);
            browser.find(By.id("mode-" + mode)).click();
        }
    }

    /** A new account with these roles, logged in through the login page. */
    protected String loginAs(String... roles) {
        String username = given.user(roles);
        browser.login(username, TestUsers.PASSWORD);
        return username;
    }
}
