package fr.sav.inventory.web;

import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bell on every page counts the account's unread notifications; the inbox opens them and marks them read. */
class WebInboxTest extends WebTest {

    @Test
    void theBellCountsTheUnreadAndTheInboxMarksThemRead() throws SQLException {
        String workshop = loginAs("WORKSHOP");
        notify(workshop, "CORE_OVERDUE", "EX-2026-990001", "Consigne en retard : EX-2026-990001 (client CLIENT-1)");
        notify(workshop, "QUOTE_WAITING", "RO-2026-990002", "Devis sans réponse : RO-2026-990002");
        browser.driver().navigate().refresh();

        browser.waitForText(By.id("inbox-count"), "2");
        browser.find(By.id("inbox")).click();
        browser.waitForText(By.id("inbox-list"), "EX-2026-990001");
        assertTrue(browser.find(By.id("inbox-list")).getText().contains("consigne en retard"));
        browser.find(By.cssSelector("#inbox-list li.unread button")).click();
        browser.waitForText(By.id("inbox-count"), "1");

        assertEquals(1, browser.all(By.cssSelector("#inbox-list li.read")).size());
        browser.find(By.cssSelector("#inbox-list li.unread a")).click();
        browser.waitFor(By.id("repair-board"));
        browser.screenshot("inbox");
    }

    private static void notify(String username, String kind, String about, String subject) throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO notification "
                     + "(username, kind, about, subject, link, created_at) VALUES (?, ?, ?, ?, '#/workshop', ?)")) {
            insert.setString(1, username);
            insert.setString(2, kind);
            insert.setString(3, about);
            insert.setString(4, subject);
            insert.setObject(5, LocalDateTime.now());
            insert.executeUpdate();
        }
    }
}
