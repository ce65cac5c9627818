package dev.parley.timeline.standalone.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.core.io.ClassPathResource;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core (Deque's accessibility engine, from its WebJar) on the page the browser shows:
 * the WCAG 2.1 A and AA rules, contrast among them. Returns the violations, one line each, or
 * nothing.
 */
final class AccessibilityCheck {

    private static final String AXE = axeSource();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then((result) => done(result.violations.map((violation) => violation.id + ' (' + violation.impact + '): '
                  + violation.help + ' at ' + violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', '))))
              .catch((error) => done(['axe failed: ' + error]));
            """;

    private AccessibilityCheck() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor browser) {
        browser.executeScript(AXE);
        return (List<String>) browser.executeAsyncScript(RUN);
    }

    private static String axeSource() {
        var path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core's WebJar is not on the test class path", e);
        }
    }
}
