package fr.sav.inventory.support;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver, never a downloaded browser or driver.
 * Missing either fails the test and says what to install.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    public static Browser open(URI server) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("chromium-profile-");
            Files.createDirectories(DOWNLOADS);
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                    "download.prompt_for_download", false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile, server.toString().replaceAll("/$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page of the front end: {@code go("scan")} is /#/scan. */
    public Browser go(String page) {
        driver.get(base + "/#/" + page);
        return this;
    }

    /** Logs in through the login form, as a new visitor, and waits for the first page of the account. */
    public Browser login(String username, String password) {
        driver.get(base + "/");
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.navigate().refresh();
        waitFor(By.id("username")).sendKeys(username);
        type(By.id("password"), password);
        driver.findElement(By.id("login")).click();
        waitFor(By.cssSelector("#nav a.active"));
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks the element once it is there, again if the page re-rendered it in between. */
    public void click(By by) {
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    public WebElement waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return until(WAIT, condition);
    }

    /**
     * For what takes longer than a page's answer (a service worker caching every page before it takes control). An
     * element the page re-rendered between finding and reading it is found again at the next try.
     */
    public <T> T until(Duration patience, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, patience).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    public void type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types as a barcode scanner does: the whole code and Enter in one burst, 5 ms a key, into whatever has the focus.
     * The keys go through the browser's own input pipeline, stamped with the scanner's timing: sent one by one by the
     * driver, a busy machine could space them wider than any scanner does, and the page would rightly take the end of
     * the code for a new one.
     */
    public void scan(String code) {
        double at = System.currentTimeMillis() / 1000.0;
        for (char c : code.toCharArray()) {
            String key = String.valueOf(c);
            key("keyDown", Map.of("key", key, "text", key, "unmodifiedText", key), at);
            key("keyUp", Map.of("key", key), at + 0.001);
            at += 0.005;
        }
        Map<String, Object> enter = Map.of("key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13,
                "nativeVirtualKeyCode", 13);
        Map<String, Object> enterDown = new java.util.HashMap<>(enter);
        enterDown.put("text", "\r");
        key("keyDown", enterDown, at);
        key("keyUp", enter, at + 0.001);
    }

    private void key(String type, Map<String, Object> fields, double timestamp) {
        Map<String, Object> event = new java.util.HashMap<>(fields);
        event.put("type", type);
        event.put("timestamp", timestamp);
        driver.executeCdpCommand("Input.dispatchKeyEvent", event);
    }

    /** Types as a person does, a key at a time, into whatever has the focus. */
    public void typeSlowly(String text) throws InterruptedException {
        for (char c : text.toCharArray()) {
            new Actions(driver).sendKeys(String.valueOf(c)).perform();
            Thread.sleep(120);
        }
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public Object asyncScript(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Keeps what the page looks like as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a screenshot of the whole page height, for pages longer than the window. */
    public Path fullScreenshot(String name) {
        Number height = (Number) script("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, Math.min(4000, height.intValue() + 40)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** What the page wrote to its console, to print when a test fails. */
    public String console() {
        return String.join("\n", driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList());
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
