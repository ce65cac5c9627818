package dev.parley.timeline.command.recording;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a bound of one line in memory: the rest of an
 * over-long line is skipped and the line is marked truncated. {@code BufferedReader.readLine}
 * would read a line of any length whole.
 */
final class BoundedLineReader {

    /** Editors' tools on some systems start a UTF-8 file with U+FEFF; it is no part of line 1. */
    private static final int BYTE_ORDER_MARK = 0xFEFF;

    private final Reader in;
    private final int maxChars;
    private int lineNumber;
    private boolean ended;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** @return the next line, or null at the end of the input */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        var text = new StringBuilder();
        boolean truncated = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (lineNumber == 0 && text.isEmpty() && c == BYTE_ORDER_MARK) {
                continue;
            }
            // one more than the bound, so that a CR before the LF does not count against it
            if (text.length() <= maxChars) {
                text.append((char) c);
            } else {
                truncated = true;
            }
        }
        if (c == -1) {
            ended = true;
            if (text.isEmpty()) {
                return null;
            }
        }
        lineNumber++;
        if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
        }
        if (text.length() > maxChars) {
            truncated = true;
            text.setLength(maxChars);
        }
        return new Line(lineNumber, text.toString(), truncated);
    }

    /** One line, numbered from 1 as editors count them. */
    record Line(int number, String text, boolean truncated) {
    }
}
