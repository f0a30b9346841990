package fr.sav.inventory.web;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestUsers;
import fr.sav.inventory.support.WebTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages per role, the part page, the manager's charts, the language switch and the static files' security. */
class WebPagesTest extends WebTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    @Test
    void eachRoleSeesItsPagesAndAManagerSeesThemAll() {
        loginAs("WORKSHOP");
        assertEquals(List.of("nav-part", "nav-workshop", "nav-exchanges", "nav-van", "nav-password"), navigation());
        browser.find(By.id("logout")).click();
        browser.waitFor(By.id("login-form"));

        browser.login("admin", fr.sav.inventory.support.TestUsers.ADMIN_PASSWORD);

        assertEquals(List.of("nav-scan", "nav-part", "nav-workshop", "nav-exchanges", "nav-van", "nav-replenishment",
                "nav-buyer", "nav-imports", "nav-locations", "nav-dashboard", "nav-accounts", "nav-password"), navigation());
    }

    @Test
    void thePartPageShowsStockByConditionAndLocationTheLedgerAndTheLabel() {
        String sku = given.part(Map.of("standardCost", "12.00"));
        String store = given.store();
        given.receive(sku, store, 4, "NEW");
        given.receive(sku, store, 2, "REPAIRED");
        loginAs("STOREKEEPER");

        browser.go("part/" + sku);

        browser.waitForText(By.id("part-stock"), store);
        browser.waitForText(By.id("part-movements"), "Réception");
        browser.until(d -> (Boolean) browser.script("const i = document.getElementById('label-preview');"
                + " return i.complete && i.naturalWidth > 0;"));
        assertTrue(browser.find(By.id("part-stock")).getText().contains("réparé"));
        browser.fullScreenshot("part");
    }

    @Test
    void aBuyerChangesOnlyWhatTheyEditedAndIsToldToReloadWhenSomeoneChangedThePartMeanwhile() {
        String gtin = Fixtures.gtin();
        String sku = given.part(Map.of("gtin", gtin, "manufacturer", "Askoll"));
        loginAs("BUYER");
        browser.go("part/" + sku);
        browser.click(By.cssSelector("#part-editor summary"));

        browser.type(By.id("part-edit-family"), "MOTOR");
        browser.click(By.id("part-edit-save"));
        browser.waitFor(By.id("part-edit-saved"));
        admin.patch("/api/parts/" + sku, Map.of("manufacturer", "Whirlpool")).expect(200);
        browser.type(By.id("part-edit-name"), "Pompe écrasée");
        browser.click(By.id("part-edit-save"));

        assertTrue(browser.waitFor(By.id("part-edit-stale")).getText().contains("Rechargez la fiche"));
        var part = admin.get("/api/parts/" + sku).expect(200);
        assertEquals("MOTOR", part.string("family"));
        assertEquals("Whirlpool", part.string("manufacturer"));
        assertEquals("Pompe de vidange " + sku, part.string("name"), "the stale change was not written");
        assertEquals(gtin, part.string("gtin"));
        browser.fullScreenshot("part-edit-stale");
    }

    @Test
    void theDashboardShowsTheServiceFiguresAndTheirCharts() {
        String sku = given.part(Map.of("repairable", true));
        String workshop = given.workshop();
        String number = given.startedRepair(sku, workshop, "TECHNICIAN_RETURN");
        admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED", "laborMinutes", 60)).expect(200);
        browser.login("admin", fr.sav.inventory.support.TestUsers.ADMIN_PASSWORD);

        browser.go("dashboard");

        browser.until(d -> d.findElements(By.cssSelector("#dashboard svg.chart")).size() == CHARTS);
        assertTrue(browser.find(By.id("figure-first-time")).getText().matches("(?s).*(%|—).*\\(.* / .*\\).*"),
                browser.find(By.id("figure-first-time")).getText());
        assertTrue(browser.find(By.id("figure-core-recovery")).getText().contains("Consignes rendues à temps"));
        @SuppressWarnings("unchecked")
        String top = (String) ((List<Map<String, Object>>) admin.get("/api/dashboard").get("stockByLocation")).get(0).get("location");
        assertTrue(browser.find(By.id("chart-locations")).getAttribute("textContent").contains(top),
                "the most valued location is drawn");
        assertTrue(browser.find(By.cssSelector("#chart-turnaround .chart-note")).getText().contains("Retour technicien"));
        assertTrue(!browser.all(By.cssSelector("#chart-turnaround rect")).isEmpty(), "a repair completed today");
        assertTrue(!browser.all(By.cssSelector("#chart-cost rect")).isEmpty(), "this month's cost per repair");
        assertTrue(!browser.all(By.cssSelector("#chart-yield rect")).isEmpty());
        assertTrue(browser.find(By.cssSelector("#chart-yield .chart-note")).getText().contains("moins de 10"));
        browser.fullScreenshot("dashboard-service");
    }

    @Test
    void theManagerSeesTheDashboardAsCharts() {
        browser.login("admin", fr.sav.inventory.support.TestUsers.ADMIN_PASSWORD);

        browser.go("dashboard");

        browser.until(d -> d.findElements(By.cssSelector("#dashboard svg.chart")).size() == CHARTS);
        assertTrue(browser.find(By.id("figure-stock")).getText().contains("€"));
        browser.fullScreenshot("dashboard");
    }

    @Test
    void theDashboardIsReadableGroupsThousandsAndClipsAMistypedWeekOfUnmetDemand() {
        String sku = given.part();
        unmetDemand(sku, Map.of(2, 5, 3, 6, 4, 5, 5, 4, 7, 1_000_000));
        browser.login("admin", fr.sav.inventory.support.TestUsers.ADMIN_PASSWORD);

        browser.go("dashboard");

        browser.until(d -> d.findElements(By.cssSelector("#dashboard svg.chart")).size() == CHARTS);
        List<?> sizes = (List<?>) browser.script("return [...document.querySelectorAll('#dashboard svg.chart text')].map(t => "
                + "parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width "
                + "/ t.ownerSVGElement.viewBox.baseVal.width)");
        double smallest = sizes.stream().mapToDouble(size -> ((Number) size).doubleValue()).min().orElseThrow();
        assertTrue(smallest >= 11, "chart text is rendered " + smallest + " px tall");
        String million = "(?s).*\\d\u202F\\d{3}\u202F\\d{3}.*";
        String figure = browser.find(By.cssSelector("#figure-unmet .figure")).getAttribute("textContent");
        assertTrue(!figure.matches(million), "the mistyped week is left out of the 12-week figure: " + figure);
        assertTrue(browser.find(By.cssSelector("#figure-unmet .note")).getAttribute("textContent").matches(million),
                "and named under it, to be checked");
        WebElement outlier = browser.find(By.cssSelector("#chart-unmet rect.outlier"));
        assertTrue(outlier.findElement(By.tagName("title")).getAttribute("textContent").matches(million));
        assertTrue(browser.find(By.cssSelector("#chart-unmet text.outlier")).getAttribute("textContent").matches(million));
        assertTrue(browser.find(By.cssSelector("#chart-unmet .chart-note")).getText().contains("10 ×"));
        double tallestOrdinary = ((Number) browser.script("return Math.max(...[...document.querySelectorAll("
                + "'#chart-unmet rect:not(.outlier)')].map(r => r.getBoundingClientRect().height))")).doubleValue();
        assertTrue(tallestOrdinary > 5, "the ordinary weeks still show: " + tallestOrdinary + " px");
        browser.fullScreenshot("dashboard-outlier");
    }

    /** Stock by condition and by location, repairs by age, turnaround, yield, cost per repair, cores, demand, cost. */
    private static final int CHARTS = 9;

    /** Pieces asked for and not served, by how many weeks ago. */
    private void unmetDemand(String sku, Map<Integer, Integer> quantityByWeeksAgo) {
        long partId = transactions.read(() -> sql.one("SELECT id FROM part WHERE sku = ?", r -> r.getLong(1), sku)).orElseThrow();
        transactions.run(() -> quantityByWeeksAgo.forEach((weeks, quantity) -> sql.update(
                "INSERT INTO unmet_demand (part_id, quantity, reference, source, occurred_at) VALUES (?, ?, 'TEST', 'ISSUE', ?)",
                partId, quantity, Instant.now().minus(weeks * 7L, ChronoUnit.DAYS))));
    }

    @Test
    void aChangeTheServiceRefusesIsShownWithItsReasonAndTheAccountAsItStillIs() {
        browser.login("admin", fr.sav.inventory.support.TestUsers.ADMIN_PASSWORD);
        browser.go("accounts");
        browser.waitFor(By.id("user-admin-save"));

        browser.click(By.id("user-admin-MANAGER"));
        browser.click(By.id("user-admin-save"));

        browser.waitFor(By.cssSelector("#accounts-message .problem"));
        browser.until(d -> d.findElement(By.id("user-admin-MANAGER")).isSelected());
        assertTrue(browser.find(By.id("user-admin-MANAGER")).isSelected(), "the box shows the role the account still has");
    }

    @Test
    void theManagerCreatesAnAccountThenTakesAwayARoleAndDisablesIt() {
        String username = fr.sav.inventory.support.Fixtures.key("p").toLowerCase();
        browser.login("admin", fr.sav.inventory.support.TestUsers.ADMIN_PASSWORD);
        browser.go("accounts");

        browser.type(By.id("account-username"), username);
        browser.type(By.id("account-password"), TestUsers.PASSWORD);
        browser.click(By.id("account-new-STOREKEEPER"));
        browser.click(By.id("account-new-BUYER"));
        browser.click(By.id("account-create"));
        browser.waitForText(By.id("accounts-done"), username);
        browser.waitFor(By.id("user-" + username + "-save"));
        Api person = Api.at(server.getURI()).as(username, TestUsers.PASSWORD);
        person.get("/api/parts").expect(200);

        browser.click(By.id("user-" + username + "-BUYER"));
        browser.click(By.id("user-" + username + "-enabled"));
        browser.click(By.id("user-" + username + "-save"));

        browser.waitForText(By.id("accounts-done"), username);
        browser.waitForText(By.id("user-" + username + "-disabled"), "Désactivé");
        browser.fullScreenshot("accounts");
        person.get("/api/parts").expectProblem(401, "unauthorized");
        @SuppressWarnings("unchecked")
        Map<String, Object> account = ((List<Map<String, Object>>) admin.get("/api/users").expect(200).json()).stream()
                .filter(user -> username.equals(user.get("username"))).findFirst().orElseThrow();
        assertEquals(List.of("STOREKEEPER"), account.get("roles"));
        assertEquals(false, account.get("enabled"));
    }

    @Test
    void aStorekeeperChangesTheirOwnPasswordAndWorksOnWithTheNewOne() {
        String username = given.user("STOREKEEPER");
        String chosen = "a-new-password-of-mine";
        browser.login(username, TestUsers.PASSWORD);
        browser.go("password");

        browser.type(By.id("password-current"), TestUsers.PASSWORD);
        browser.type(By.id("password-new"), chosen);
        browser.type(By.id("password-again"), chosen + "?");
        browser.click(By.id("password-change"));
        browser.waitForText(By.id("password-message"), "diffèrent");
        Api.at(server.getURI()).as(username, TestUsers.PASSWORD).get("/api/parts").expect(200);

        browser.type(By.id("password-again"), chosen);
        browser.click(By.id("password-change"));

        browser.waitFor(By.id("password-done"));
        browser.fullScreenshot("password");
        Api.at(server.getURI()).as(username, TestUsers.PASSWORD).get("/api/parts").expectProblem(401, "unauthorized");
        Api.at(server.getURI()).as(username, chosen).get("/api/parts").expect(200);
        browser.go("part");
        browser.waitFor(By.id("nav-part"));
        assertEquals(List.of("nav-scan", "nav-part", "nav-exchanges", "nav-replenishment", "nav-imports", "nav-locations",
                "nav-password"), navigation(),
                "still logged in, with the new password");
    }

    @Test
    void theLanguageSwitchIsRememberedAndBothDictionariesHaveTheSameKeys() {
        loginAs("BUYER");
        browser.find(By.id("lang")).click();
        browser.waitForText(By.id("logout"), "Log out");

        browser.driver().navigate().refresh();

        browser.waitForText(By.id("logout"), "Log out");
        Object missing = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all([import('/app/i18n/fr.js'), import('/app/i18n/en.js')]).then(([fr, en]) => {"
                + " const a = Object.keys(fr.default), b = Object.keys(en.default);"
                + " done(a.filter(k => !b.includes(k)).concat(b.filter(k => !a.includes(k))).join(', ')); });");
        assertEquals("", missing, "keys in one dictionary only");
        browser.find(By.id("lang")).click();
        browser.waitForText(By.id("logout"), "Déconnexion");
    }

    @Test
    void theStaticFilesAreOpenAndTheApiStaysClosed() {
        assertEquals(200, admin.anonymous().get("/").status());
        assertEquals(200, admin.anonymous().get("/app/main.js").status());
        admin.anonymous().get("/api/parts").expectProblem(401, "unauthorized");
        admin.anonymous().get("/api/dashboard").expectProblem(401, "unauthorized");
    }

    private List<String> navigation() {
        return browser.all(By.cssSelector("#nav a")).stream().map(a -> a.getAttribute("id")).toList();
    }
}
