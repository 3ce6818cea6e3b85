package de.leverkusen.vergabe.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Playwright for Java driving Debian's Chromium ({@code /usr/bin/chromium}), headless. Playwright never downloads
 * a browser: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} is set for the driver (and by surefire for the test JVM),
 * and the browser is launched from its executable path. Without Chromium the tests are skipped, not passed.
 */
final class Chromium implements AutoCloseable {

    static final Path PROGRAMM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the driver and the browser; skips the calling test class when Chromium is not installed. */
    static Chromium starten() {
        assumeTrue(Files.isExecutable(PROGRAMM), "Browser tests skipped: " + PROGRAMM
                + " is missing. Install Debian's Chromium with: apt-get install -y chromium");
        // a loaded 2-core CI machine takes seconds for a server round trip: assertions wait as long as actions
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setExecutablePath(PROGRAMM)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser window (own cookies: one person at one desk), German locale, Berlin time. */
    Page neuesFenster() {
        BrowserContext kontext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 1000)
                .setLocale("de-DE")
                .setTimezoneId("Europe/Berlin"));
        kontext.setDefaultTimeout(15_000);
        // the application only: nothing leaves this machine (the webapps link to Camunda's documentation)
        kontext.route("**/*", route -> {
            String url = route.request().url();
            if (url.startsWith("http://localhost:") || url.startsWith("http://127.0.0.1:") || url.startsWith("data:")) {
                route.resume();
            } else {
                route.abort();
            }
        });
        return kontext.newPage();
    }

    /** Keeps the last page of a test step (HTML and picture) in target/browser-debug/, to see what went wrong, and closes its window. */
    static void letzteSeiteBehalten(Tasklist fenster, String name) throws java.io.IOException {
        if (fenster == null || fenster.seite().isClosed()) {
            return;
        }
        Path ordner = Files.createDirectories(Paths.get("target", "browser-debug"));
        Files.writeString(ordner.resolve(name + ".html"), fenster.seite().content());
        fenster.seite().screenshot(new Page.ScreenshotOptions().setPath(ordner.resolve(name + ".png")));
        schliessen(fenster.seite());
    }

    /**
     * Closes a window (its browser context). The route that keeps requests on this machine is removed first: a request
     * still in flight (e.g. after the logout) otherwise reached the handler of a context being closed, and Playwright
     * failed the close with "Target page, context or browser has been closed" (seen once in CI, ratStimmtZu).
     */
    static void schliessen(Page seite) {
        BrowserContext kontext = seite.context();
        try {
            kontext.unroute("**/*");
            kontext.close();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            if (e.getMessage() == null || !e.getMessage().contains("has been closed")) {
                throw e;
            }
            // closed already: what this method is for
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
