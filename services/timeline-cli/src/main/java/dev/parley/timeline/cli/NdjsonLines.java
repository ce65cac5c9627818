package dev.parley.timeline.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts an NDJSON file's commands for the progress bar, in one streaming pass that never holds the file. */
final class NdjsonLines {

    private NdjsonLines() {
    }

    /** Lines with anything but spaces, tabs and a CR. Works on bytes, so a badly encoded line is counted, not fatal. */
    static long countNonBlank(Path file) throws IOException {
        long count = 0;
        boolean content = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    count += content ? 1 : 0;
                    content = false;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                }
            }
        }
        return count + (content ? 1 : 0);
    }
}
