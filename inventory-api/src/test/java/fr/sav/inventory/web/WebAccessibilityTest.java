package fr.sav.inventory.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.sav.inventory.support.TestUsers;
import fr.sav.inventory.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page checked by axe-core (Deque's engine, run in the page through Selenium) at 1280 px and on a 360 px
 * handheld: no serious or critical violation of WCAG 2 A and AA.
 */
class WebAccessibilityTest extends WebTest {

    private static final List<String> PAGES = List.of("scan", "part", "workshop", "exchanges", "van", "replenishment", "buyer", "imports", "locations",
            "dashboard", "accounts", "inbox", "password");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void noPageHasASeriousViolationAtEitherWidth() {
        browser.login("admin", TestUsers.ADMIN_PASSWORD);
        List<String> found = new ArrayList<>(check("login-done"));
        for (int width : new int[] {1280, 360}) {
            browser.driver().manage().window().setSize(new Dimension(width, width == 360 ? 740 : 1000));
            for (String page : PAGES) {
                browser.go(page);
                browser.waitFor(By.cssSelector("#nav a.active, main h1"));
                browser.until(d -> !(Boolean) browser.script("return document.querySelector('main').textContent.includes('Chargement')"));
                found.addAll(check(page + " at " + width + " px"));
                long wide = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
                if (wide > width) {
                    found.add(page + " at " + width + " px: the page scrolls sideways (" + wide + " px)");
                }
                browser.screenshot(page + "-" + width);
            }
        }
        assertEquals(List.of(), found, "serious accessibility violations");
    }

    private List<String> check(String where) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
                        + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        return found;
    }
}
