package dev.parley.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first pass over an import file, which sizes the progress bar. */
class NdjsonLinesTest {

    @TempDir
    Path dir;

    private long count(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("batch.ndjson"), content, StandardCharsets.UTF_8);
        return NdjsonLines.countNonBlank(file);
    }

    @Test
    void countsLinesWithContentOnly() throws IOException {
        assertThat(count("{\"a\":1}\n\n  \t\n{\"a\":2}\r\n\r\n{\"a\":3}")).isEqualTo(3);
        assertThat(count("{\"a\":1}\n")).isEqualTo(1);
        assertThat(count("")).isZero();
        assertThat(count("\n \n")).isZero();
    }

    @Test
    void countsLinesThatAreNotValidUtf8() throws IOException {
        Path file = dir.resolve("latin1.ndjson");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', '}', '\n', '{', '}'});

        assertThat(NdjsonLines.countNonBlank(file)).isEqualTo(2);
    }
}
