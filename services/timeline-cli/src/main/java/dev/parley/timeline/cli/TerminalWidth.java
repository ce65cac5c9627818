package dev.parley.timeline.cli;

import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** How wide the progress bar may be: COLUMNS when set, else what the terminal says, else 80. */
final class TerminalWidth {

    static final int FALLBACK = 80;
    private static final int NARROWEST = 20;

    private TerminalWidth() {
    }

    static int of(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}")) {
            return Math.max(NARROWEST, Integer.parseInt(columns.strip()));
        }
        // JLine comes with the progress bar; dumb(true) makes it fall back quietly when stderr is no terminal
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int width = terminal.getWidth();
            return width >= NARROWEST ? width : FALLBACK;
        } catch (IOException | RuntimeException e) {
            return FALLBACK;
        }
    }
}
