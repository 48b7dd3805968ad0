package org.familyhub.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.familyhub.SecuredMvc;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver ({@code apt-get install chromium chromium-driver}, which
 * {@code .ci/run} does). Nothing is downloaded: Selenium Manager never runs because both paths are given.
 * Public for the fault suite, whose families fill in the real forms of a portal running in its own process.
 */
public final class Chromium implements AutoCloseable {

    static final String BROWSER = System.getProperty("familyhub.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("familyhub.chromedriver", "/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final String base;

    Chromium(int port, Dimension size) {
        this("http://localhost:" + port + "/", size);
    }

    /** A browser on any running portal, e.g. a production jar started separately ({@code base} ends in /). */
    public Chromium(String base, Dimension size) {
        this(base, size, true);
    }

    /** A browser on a desktop, signed in through the login page as one of the demo users. */
    static Chromium signedInAs(int port, String username) {
        Chromium browser = new Chromium(port, DESKTOP);
        browser.open("login");
        browser.find("#vaadinLoginUsername input").sendKeys(username);
        WebElement password = browser.find("#vaadinLoginPassword input");
        password.sendKeys(SecuredMvc.DEMO_PASSWORD);
        password.sendKeys(Keys.ENTER);
        browser.waitFor(d -> !d.getCurrentUrl().contains("login"));
        return browser;
    }

    /** A browser with JavaScript switched off, as some families' phones and every simple crawler have it. */
    static Chromium withoutScripts(int port, Dimension size) {
        return new Chromium("http://localhost:" + port + "/", size, false);
    }

    private Chromium(String base, Dimension size, boolean scripts) {
        if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException("Real-browser tests need " + BROWSER + " and " + DRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--lang=en-GB", "--window-size=" + size.width + "," + size.height);
        options.setExperimentalOption("prefs", scripts ? Map.of("intl.accept_languages", "en-GB,en")
                : Map.of("intl.accept_languages", "en-GB,en", "profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        resize(size);
        this.base = base;
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page and waits until Vaadin has drawn it and has nothing left to do. */
    void open(String path) {
        driver.get(base + path);
        settle();
    }

    /**
     * Waits for Vaadin to finish every round trip; the first page load in dev mode can take a while. The copy of
     * the page the server sends first ({@code #first-paint}) is gone once Vaadin has drawn the live page.
     */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> Boolean.TRUE.equals(js(
                "return !!document.querySelector('main#main-content h1') && !document.getElementById('first-paint')"
                        + " && (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
    }

    /** Asks again until the condition holds; an element the page drew anew meanwhile is looked up again. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
