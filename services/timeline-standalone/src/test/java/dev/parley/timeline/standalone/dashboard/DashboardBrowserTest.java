package dev.parley.timeline.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.standalone.StandaloneApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/**
 * The dashboard in a real browser, against the standalone app with the demo data: what a reader
 * sees on the overview, the timeline, a track page, travelling back in time, live arrivals,
 * recorded text that looks like code, the keyboard, contrast and a narrow screen. Each test
 * records on a track of its own, so the seed tracks stay as the articles describe them. The
 * screenshots land in target/screenshots (or {@code -Dparley.screenshots.dir=...}).
 *
 * <p>The tests do not depend on one another's order; the order only makes the screenshots for
 * docs/images show the demo data before the other tests add their tracks.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.standalone.demo-data=true", "parley.test.context=dashboard"})
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final String SHARM = "sharm-el-sheikh-talks";
    private static final String SOURCES = "\"sources\": [{\"publisher\": \"Dashboard test\"}]";
    private static final By MARKS = By.cssSelector("#view .mark");
    private static final By EXCHANGE_MARK = By.cssSelector("#view .mark[data-type='hostage-list-exchanged']");

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private HeadlessChromium browser;
    private ChromeDriver driver;

    @BeforeAll
    void theDemoIsProjectedAndABrowserIsOpen() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver;
        var expected = new ClassPathResource("demo/seed-tracks.ndjson").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank())
                .collect(Collectors.groupingBy(this::trackOf, Collectors.counting()));
        await("the seed tracks to be projected").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> expected.entrySet().stream().allMatch(track -> version(track.getKey()) == track.getValue()));
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void aDesktopWindow() {
        browser.resize(1280, 1000);
    }

    @Test
    @Order(1)
    void theOverviewShowsTheSeedTracksAtAGlance() {
        open("/");
        var cards = waitFor().until(driver -> {
            var found = driver.findElements(By.cssSelector(".track-card h2"));
            return found.size() >= 4 ? found : null;
        });
        assertThat(cards).extracting(WebElement::getText).contains("Paris ministerial meeting on Gaza",
                "Sharm el-Sheikh indirect talks", "US-hosted high-level summit on Gaza");
        var sharm = card(SHARM).getText();
        assertThat(sharm).as("the Sharm el-Sheikh card").contains("In session", "Sharm el-Sheikh (EG)", "Host: Egypt",
                "Party: Israel, Hamas", "Qatar", "Optimistic, says Hamas", "1 open", "Hamas' disarmament",
                "Assessment reported");
        browser.screenshot("dashboard-overview");
    }

    @Test
    @Order(4)
    void movingTheDateBeforeTheListsWereExchangedRemovesThatMark() {
        open("/#/timeline");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(EXCHANGE_MARK));
        var slider = driver.findElement(By.id("time-slider"));
        slider.sendKeys(Keys.HOME);
        for (int step = 0; step < 30 && !"2025-10-07".equals(dateField().getDomProperty("value")); step++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        waitFor().until(ExpectedConditions.urlContains("asOf=2025-10-07"));
        waitFor().until(driver -> driver.findElements(EXCHANGE_MARK).isEmpty() && !driver.findElements(MARKS).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#view .mark[data-track-id='" + SHARM + "']")))
                .as("what happened at Sharm el-Sheikh on Monday is still there").isNotEmpty();
        assertThat(driver.findElement(By.id("time-label")).getText()).contains("by the end of 7 Oct 2025");
        browser.screenshot("dashboard-time-travel");

        var shared = driver.getCurrentUrl();
        driver.get("about:blank");
        driver.get(shared);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(MARKS));
        assertThat(driver.findElements(EXCHANGE_MARK)).as("the shared link shows the same date").isEmpty();
        assertThat(dateField().getDomProperty("value")).isEqualTo("2025-10-07");

        driver.findElement(By.id("time-now")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(EXCHANGE_MARK));
        assertThat(driver.getCurrentUrl()).doesNotContain("asOf");
    }

    @Test
    void asKnownAtShowsOnlyWhatParleyHadRecordedThen() {
        open("/#/timeline?asOf=2025-10-09");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(EXCHANGE_MARK));
        driver.findElement(By.cssSelector("input[name='time-mode'][value='knownAt']")).click();
        waitFor().until(ExpectedConditions.urlContains("knownAt=2025-10-09"));
        // the demo data was recorded when the app first started, long after October 2025
        var empty = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view .state.empty")));
        assertThat(empty.getText()).contains("Parley had recorded nothing by then");
        assertThat(driver.findElement(By.id("time-label")).getText()).contains("only what Parley had recorded");
    }

    @Test
    void aNewDevelopmentAppearsWithoutReloading() {
        open("/#/timeline");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(EXCHANGE_MARK));
        waitFor().until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "on"));
        driver.executeScript("window.sameDocument = 'yes'");

        var eventId = record("live-test-track", "{\"type\": \"track-announced\", \"name\": \"A track announced while watching\","
                + " \"kind\": \"summit\", \"occurredAt\": \"2025-10-09\", " + SOURCES + "}");

        waitFor().until(ExpectedConditions.presenceOfElementLocated(markOf(eventId)));
        assertThat(attribute(markOf(eventId), "class")).as("marked as new").contains("new");
        assertThat(driver.executeScript("return window.sameDocument")).as("no reload").isEqualTo("yes");
        assertThat(text(By.id("notice"))).contains("New: Track announced on live-test-track");
        assertThat(driver.findElements(By.cssSelector("#view .lane-label[href*='live-test-track']"))).as("a lane of its own").hasSize(1);
    }

    @Test
    void recordedTextThatLooksLikeCodeStaysText() {
        var script = "<script>window.scriptRan = true</script>";
        var image = "<img src=x onerror=\"window.imageRan = true\">";
        var eventId = record("xss-test-track", "{\"type\": \"track-announced\", \"name\": " + quoted(image)
                + ", \"kind\": \"summit\", \"occurredAt\": \"2025-10-09\", \"summary\": " + quoted(script)
                + ", \"sources\": [{\"publisher\": " + quoted(image) + "}]}");
        await().atMost(Duration.ofSeconds(30)).until(() -> version("xss-test-track") == 1);

        open("/");
        waitFor().until(driver -> card("xss-test-track"));
        assertThat(text(By.cssSelector(".track-card[data-track-id='xss-test-track']"))).contains(image, script);
        assertNothingRan();

        open("/#/timeline?event=" + eventId);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view .details .summary")));
        assertThat(text(By.cssSelector("#view .details .summary"))).isEqualTo(script);
        assertThat(text(By.cssSelector("#view .details"))).contains(image);
        assertNothingRan();

        open("/#/tracks/xss-test-track");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("track-heading")));
        assertThat(text(By.id("track-heading"))).isEqualTo(image);
        assertThat(text(By.cssSelector("#view .developments"))).contains(script);
        assertNothingRan();
    }

    @Test
    void aTrackPageShowsItsStateAndCorrectionsAsSuch() {
        var track = "correction-test-track";
        record(track, "{\"type\": \"track-announced\", \"name\": \"A track with a correction\", \"kind\": \"indirect-talks\","
                + " \"occurredAt\": \"2025-10-06\", " + SOURCES + "}");
        var mood = record(track, "{\"type\": \"assessment-reported\", \"mood\": \"pessimistic\", \"occurredAt\": \"2025-10-07\","
                + " \"summary\": \"First reported as pessimistic\", " + SOURCES + "}");
        record(track, "{\"type\": \"event-corrected\", \"correctedEventId\": \"" + mood + "\", \"reason\": \"The source said cautious\","
                + " \"replacement\": {\"type\": \"assessment-reported\", \"mood\": \"cautious\", \"occurredAt\": \"2025-10-07\", "
                + SOURCES + "}, \"occurredAt\": \"2025-10-08\", " + SOURCES + "}");
        await().atMost(Duration.ofSeconds(30)).until(() -> version(track) == 3);

        open("/#/tracks/" + track);
        var corrected = By.cssSelector("#view .development[data-event-id='" + mood + "']");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(corrected));
        assertThat(attribute(corrected, "class")).contains("amended-corrected");
        assertThat(text(corrected)).contains("Corrected", "The source said cautious");
        assertThat(text(By.cssSelector("#view .development[data-type='event-corrected']"))).contains("Event corrected");
        assertThat(text(By.cssSelector("#view .facts"))).contains("Mood", "Cautious");

        open("/#/timeline?track=" + track);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(markOf(mood)));
        assertThat(attribute(markOf(mood), "class")).as("the timeline shows it corrected").contains("corrected");
    }

    @Test
    @Order(2)
    void aTrackPageShowsItsWholeStateAndHistory() {
        open("/#/tracks/" + SHARM);
        var page = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view .track-page"))).getText();
        assertThat(page).contains("Sharm el-Sheikh indirect talks", "Host: Egypt", "Sticking points (1)", "Hamas' disarmament",
                "Israel (Condition)", "Documents (1)", "US President Donald Trump's plan for Gaza", "History (23), newest first",
                "Hostage list exchanged", "Seed article 003 (with Reuters)");
        browser.screenshot("dashboard-track");
    }

    @Test
    @Order(3)
    void aMarkCanBeReachedAndOpenedByKeyboard() {
        open("/#/timeline?track=" + SHARM + "&type=hostage-list-exchanged");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(EXCHANGE_MARK));
        assertThat(driver.findElements(MARKS)).as("the filters leave one mark").hasSize(1);
        var keyboard = new Actions(driver);
        var active = driver.switchTo().activeElement();
        for (int tab = 0; tab < 40 && active.getDomAttribute("data-event-id") == null; tab++) {
            keyboard.sendKeys(Keys.TAB).perform();
            active = driver.switchTo().activeElement();
        }
        assertThat(active.getDomAttribute("data-type")).as("Tab reaches the mark").isEqualTo("hostage-list-exchanged");
        keyboard.sendKeys(Keys.ENTER).perform();
        var details = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view .details h2")));
        assertThat(details.getText()).isEqualTo("Hostage list exchanged");
        assertThat(driver.getCurrentUrl()).as("the selection can be shared")
                .contains("event=" + active.getDomAttribute("data-event-id"));
        assertThat(driver.findElement(By.cssSelector("#view .details")).getText())
                .contains("Hamas handed over lists of hostages", "Seed article 003", "Reported");
        browser.screenshot("dashboard-timeline");
    }

    @Test
    void everyViewPassesTheAccessibilityRules() {
        for (var view : List.of("/", "/#/timeline", "/#/tracks/" + SHARM)) {
            open(view);
            waitFor().until(driver -> driver.findElements(By.cssSelector("#view[aria-busy], #view .state.loading")).isEmpty()
                    && !driver.findElements(By.cssSelector("#view h1")).isEmpty());
            assertThat(AccessibilityCheck.violations(driver)).as("axe-core's WCAG 2.1 AA findings on %s", view).isEmpty();
        }
    }

    @Test
    @Order(5)
    void onANarrowScreenNothingSpillsSideways() {
        browser.resize(390, 900);
        open("/");
        waitFor().until(driver -> card(SHARM));
        var widths = (List<?>) driver.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertThat(((Number) widths.get(0)).intValue()).as("page width on a phone")
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        browser.screenshot("dashboard-narrow");
    }

    @Test
    void aTrackThatDoesNotExistIsAnErrorThatSaysSo() {
        open("/#/tracks/no-such-track");
        var error = By.cssSelector("#view [role='alert']");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(error));
        assertThat(text(error)).contains("Could not load the track", "track 'no-such-track' is not known");
        assertThat(text(By.cssSelector("#view [role='alert'] button"))).isEqualTo("Try again");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * An element's text, found afresh: a live refresh may replace the view between finding an
     * element and reading it, when an earlier test's developments reach the projection.
     */
    private String text(By element) {
        return waitFor().ignoring(StaleElementReferenceException.class).until(driver -> driver.findElement(element).getText());
    }

    private String attribute(By element, String name) {
        return waitFor().ignoring(StaleElementReferenceException.class)
                .until(driver -> String.valueOf(driver.findElement(element).getDomAttribute(name)));
    }

    private static By markOf(String eventId) {
        return By.cssSelector("#view .mark[data-event-id='" + eventId + "']");
    }

    private WebElement dateField() {
        return driver.findElement(By.id("time-date"));
    }

    private WebElement card(String trackId) {
        var found = driver.findElements(By.cssSelector(".track-card[data-track-id='" + trackId + "']"));
        return found.isEmpty() ? null : found.get(0);
    }

    private void assertNothingRan() {
        assertThat(driver.executeScript("return [window.scriptRan === undefined, window.imageRan === undefined]"))
                .as("no recorded script or handler ran").isEqualTo(List.of(true, true));
        assertThat(driver.findElements(By.cssSelector("#view script, #view img"))).as("no element made from recorded text").isEmpty();
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing opened, as it should be
        }
    }

    /** Records a command through the public API and returns the new event's id. */
    private String record(String trackId, String command) {
        var answer = TestApiKeys.editor(port).post().uri("/api/v1/tracks/{id}/commands", trackId)
                .contentType(MediaType.APPLICATION_JSON).body(command).retrieve().body(JsonNode.class);
        return answer.get("eventId").asText();
    }

    private long version(String trackId) {
        return TestApiKeys.editor(port).get().uri("/api/v1/tracks/{id}?developments=0", trackId)
                .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
                        ? json.readTree(response.getBody()).path("version").asLong() : 0L);
    }

    private String trackOf(String line) {
        try {
            return json.readTree(line).get("trackId").asText();
        } catch (IOException e) {
            throw new IllegalArgumentException(line, e);
        }
    }

    private String quoted(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
