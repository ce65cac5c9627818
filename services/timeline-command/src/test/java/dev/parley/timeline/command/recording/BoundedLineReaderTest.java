package dev.parley.timeline.command.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an import's body is cut into lines: line endings, a byte order mark, over-long lines. */
class BoundedLineReaderTest {

    private static List<BoundedLineReader.Line> lines(String text, int max) throws IOException {
        var reader = new BoundedLineReader(new StringReader(text), max);
        var all = new ArrayList<BoundedLineReader.Line>();
        for (var line = reader.next(); line != null; line = reader.next()) {
            all.add(line);
        }
        return all;
    }

    @Test
    void windowsLineEndingsAByteOrderMarkAndAMissingFinalNewlineAreAllFine() throws IOException {
        assertThat(lines("\uFEFF{\"a\": 1}\r\n{\"b\": 2}\r\n{\"c\": 3}", 100))
                .extracting(BoundedLineReader.Line::text)
                .containsExactly("{\"a\": 1}", "{\"b\": 2}", "{\"c\": 3}");
    }

    @Test
    void aLineAtTheLimitFollowedByCarriageReturnIsNotTruncated() throws IOException {
        var atLimit = "x".repeat(10);

        assertThat(lines(atLimit + "\r\n", 10)).singleElement().satisfies(line -> {
            assertThat(line.truncated()).isFalse();
            assertThat(line.text()).isEqualTo(atLimit);
        });
    }

    @Test
    void aLongerLineIsMarkedTruncatedAndTheNextLineKeepsItsNumber() throws IOException {
        var read = lines("x".repeat(25) + "\nshort\n", 10);

        assertThat(read).extracting(BoundedLineReader.Line::truncated).containsExactly(true, false);
        assertThat(read).extracting(BoundedLineReader.Line::number).containsExactly(1, 2);
        assertThat(read.get(0).text()).hasSize(10);
    }
}
