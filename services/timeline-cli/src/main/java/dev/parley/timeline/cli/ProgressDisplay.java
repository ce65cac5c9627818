package dev.parley.timeline.cli;

import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The import's progress bar on stderr, and the failure messages printed above it. The bar is redrawn from its
 * own thread, so both write under one lock, and a message first wipes the bar's line instead of running into it.
 */
final class ProgressDisplay implements AutoCloseable {

    private final PrintWriter err;
    private final int width;
    private final ProgressBar bar;
    /** Whether the bar is on the current line, which must then be ended before anything else is printed. */
    private boolean barShown;

    private ProgressDisplay(PrintWriter err, int width, long total, boolean shown) {
        this.err = err;
        this.width = width;
        // no colour codes (the library's default style has them): a bar captured in a log stays readable
        this.bar = shown
                ? new ProgressBarBuilder().setTaskName("import").setInitialMax(total).setStyle(ProgressBarStyle.UNICODE_BLOCK)
                        .setConsumer(new Consumer()).build()
                : null;
    }

    static ProgressDisplay shown(PrintWriter err, int width, long total) {
        return new ProgressDisplay(err, width, total, true);
    }

    /** Failures only: for scripts and logs, where a bar redrawn with carriage returns is noise. */
    static ProgressDisplay hidden(PrintWriter err) {
        return new ProgressDisplay(err, 0, 0, false);
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    synchronized void message(List<String> lines) {
        if (barShown) {
            err.print("\r" + " ".repeat(width - 1) + "\r");
            barShown = false;
        }
        lines.forEach(err::println);
        err.flush();
    }

    /** Draws the bar one last time, at its final count, and ends its line. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
        // the library skips its own close when the bar is closed before its first scheduled redraw
        endLine();
    }

    private synchronized void endLine() {
        if (barShown) {
            err.println();
            err.flush();
            barShown = false;
        }
    }

    private final class Consumer implements ProgressBarConsumer {

        @Override
        public int getMaxRenderedLength() {
            return width - 1;
        }

        @Override
        public void accept(String rendered) {
            synchronized (ProgressDisplay.this) {
                err.print("\r" + rendered);
                err.flush();
                barShown = true;
            }
        }

        @Override
        public void close() {
            endLine();
        }
    }
}
