package dev.parley.timeline.standalone.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver by Selenium. Both are found
 * at {@code /usr/bin} (or {@code PARLEY_CHROMIUM} and {@code PARLEY_CHROMEDRIVER}); naming the
 * driver keeps Selenium Manager from trying to download one. Without them the browser tests are
 * skipped with the reason, unless {@code PARLEY_REQUIRE_BROWSER=true} (set by {@code .ci/run},
 * which installs them) makes that a failure.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String REQUIRED = "PARLEY_REQUIRE_BROWSER";

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Path screenshots;

    private HeadlessChromium(ChromeDriverService service, ChromeOptions options, Path profile) {
        this.service = service;
        this.profile = profile;
        this.driver = new ChromeDriver(service, options);
        this.screenshots = Path.of(System.getProperty("parley.screenshots.dir", "target/screenshots"));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    static HeadlessChromium start() {
        var chromium = executable("PARLEY_CHROMIUM", "/usr/bin/chromium");
        var chromedriver = executable("PARLEY_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            var missing = "the dashboard's browser tests need Chromium and ChromeDriver (Debian: apt-get install chromium"
                    + " chromium-driver); looked for " + chromium + " and " + chromedriver;
            if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing + "; skipped because " + REQUIRED + " is not true");
        }
        try {
            var profile = Files.createTempDirectory("parley-chromium-");
            var options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    // this machine's network is closed: without these Chromium keeps calling home and failing
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            return new HeadlessChromium(service, options, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path executable(String variable, String fallback) {
        var configured = System.getenv(variable);
        return Path.of(configured == null || configured.isBlank() ? fallback : configured);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Saves the whole page as {@code name.png}: the window grows to the page's height first.
     * docs/images keeps the current ones (README, "Dashboard").
     */
    Path screenshot(String name) {
        var size = driver.manage().window().getSize();
        var height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
        resize(size.getWidth(), Math.min(Math.max(height, size.getHeight()), 4000));
        try {
            Files.createDirectories(screenshots);
            var file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            resize(size.getWidth(), size.getHeight());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
