package fr.sav.inventory.web;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Browser;
import fr.sav.inventory.support.TcpProxy;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan station with the stockroom's Wi-Fi gone: the browser reaches the service through a TCP proxy that the
 * test cuts (every connection dropped, new ones refused), as a lost network would. Scans wait on the device, the
 * pages reopen from the service worker, and once the network is back each movement is in the ledger exactly once.
 */
class WebOfflineScanTest extends ApiTest {

    private TcpProxy network;
    private Browser browser;

    @BeforeAll
    void openBrowserBehindTheNetwork() throws IOException {
        network = new TcpProxy("127.0.0.1", server.getPort());
        browser = Browser.open(URI.create("http://127.0.0.1:" + network.port()));
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        network.close();
    }

    @Test
    void scansMadeOfflineWaitOnTheDeviceSurviveAReloadAndAreRecordedOnceWhenTheNetworkReturns() throws IOException {
        String sku = given.part();
        String store = given.store();
        String storekeeper = given.user("STOREKEEPER");
        browser.login(storekeeper, TestUsers.PASSWORD);
        browser.waitFor(By.id("mode-RECEIPT"));
        browser.until(Duration.ofSeconds(90),
                d -> (Boolean) browser.script("return !!navigator.serviceWorker.controller"));
        browser.until(d -> (Boolean) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + " caches.open('stock-sav-pages').then(c => Promise.all(['/app/main.js', '/app/pages/scan.js',"
                + " '/app/outbox.js'].map(f => c.match(f)))).then(kept => done(kept.every(Boolean)))"));
        browser.scan("L:" + store);
        browser.waitForText(By.id("slot-location"), store);
        browser.screenshot("scan-station-online");

        network.cut();
        browser.scan("P:" + sku);
        browser.scan("P:" + sku);
        browser.scan("P:NO-SUCH-PART-OFFLINE");
        browser.waitForText(By.id("outbox"), "3");
        assertEquals("warn", browser.find(By.id("scan-feedback")).getAttribute("data-state"));
        browser.screenshot("scan-station-offline");

        browser.driver().navigate().refresh();
        browser.waitFor(By.id("mode-RECEIPT"));
        browser.waitForText(By.id("outbox"), "3");
        assertEquals(0, given.onHand(sku, store, "NEW"), "nothing reached the service yet");

        network.restore();
        browser.until(d -> !browser.find(By.id("outbox")).isDisplayed());
        browser.waitForText(By.id("scan-log"), "NO-SUCH-PART-OFFLINE");

        assertEquals(2, given.onHand(sku, store, "NEW"), "each offline scan recorded once");
        List<Map<String, Object>> receipts = admin.get("/api/movements?type=RECEIPT&sku=" + sku).items();
        assertEquals(2, receipts.size());
        assertTrue(receipts.stream().allMatch(m -> storekeeper.equals(m.get("recordedBy"))));
        assertEquals(1, browser.all(By.cssSelector("#scan-log tr[data-state='failed']")).size(),
                "the unknown part is shown refused, with its reason");
        assertTrue(browser.find(By.cssSelector("#scan-log tr[data-state='failed']")).getText().contains("NO-SUCH-PART-OFFLINE"));
    }
}
