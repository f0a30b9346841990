package fr.sav.inventory.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

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

    /** A new account with these roles, logged in through the login page. */
    protected String loginAs(String... roles) {
        String username = given.user(roles);
        browser.login(username, TestUsers.PASSWORD);
        return username;
    }
}
