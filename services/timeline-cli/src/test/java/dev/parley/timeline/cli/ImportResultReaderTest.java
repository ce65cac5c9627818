package dev.parley.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the import's NDJSON answer into per-line results and the closing summary. */
class ImportResultReaderTest {

    static final String RECORDED = """
            {"line":1,"status":201,"eventId":"e-1","trackId":"t","version":1,"type":"track-announced","recorded":true}""";
    static final String UNCHANGED = """
            {"line":2,"status":200,"eventId":"e-1","trackId":"t","version":1,"type":"track-announced","recorded":false}""";
    static final String FAILED = """
            {"line":3,"status":400,"problem":{"title":"Bad Request","status":400,"detail":"The command has invalid fields",\
            "errors":[{"field":"sources[0].url","message":"must be an http or https URL"},\
            {"field":"occurredAt","message":"is required"}]}}""";
    static final String SUMMARY = """
            {"summary":{"lines":3,"recorded":1,"unchanged":1,"failed":1}}""";

    private static ImportSummary read(String answer, List<LineResult> results) throws IOException {
        return ImportResultReader.read(new BufferedReader(new StringReader(answer)), results::add);
    }

    @Test
    void handsOverEachResultInOrderAndReturnsTheSummary() throws IOException {
        List<LineResult> results = new ArrayList<>();

        ImportSummary summary = read(String.join("\n", RECORDED, UNCHANGED, FAILED, SUMMARY) + "\n", results);

        assertThat(summary).isEqualTo(new ImportSummary(3, 1, 1, 1));
        assertThat(summary.describe()).isEqualTo("imported 3 lines: 1 recorded, 1 unchanged, 1 failed");
        assertThat(results).extracting(LineResult::line).containsExactly(1L, 2L, 3L);
        assertThat(results).extracting(LineResult::failed).containsExactly(false, false, true);
        assertThat(results).extracting(LineResult::json).containsExactly(RECORDED, UNCHANGED, FAILED);
    }

    @Test
    void failedLineIsDescribedWithItsNumberAndProblem() throws IOException {
        List<LineResult> results = new ArrayList<>();
        read(FAILED + "\n" + SUMMARY, results);

        assertThat(results.get(0).failureLines()).containsExactly(
                "line 3: error 400 Bad Request: The command has invalid fields",
                "  sources[0].url: must be an http or https URL",
                "  occurredAt: is required");
    }

    @Test
    void failureWithoutProblemStillNamesLineAndStatus() throws IOException {
        List<LineResult> results = new ArrayList<>();
        read("{\"line\":5,\"status\":500}\n" + SUMMARY, results);

        assertThat(results.get(0).failed()).isTrue();
        assertThat(results.get(0).failureLines()).containsExactly("line 5: error 500 (no problem details)");
    }

    @Test
    void blankLinesInTheAnswerAreSkipped() throws IOException {
        List<LineResult> results = new ArrayList<>();

        ImportSummary summary = read("\n" + RECORDED + "\r\n\n" + "{\"summary\":{\"lines\":1,\"recorded\":1,\"unchanged\":0,\"failed\":0}}",
                results);

        assertThat(results).hasSize(1);
        assertThat(summary).isEqualTo(new ImportSummary(1, 1, 0, 0));
    }

    @Test
    void answerThatEndsBeforeItsSummaryIsAnError() {
        List<LineResult> results = new ArrayList<>();

        assertThatThrownBy(() -> read(RECORDED + "\n" + UNCHANGED + "\n", results))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ended after 2 results without its summary");
        assertThat(results).hasSize(2);
    }

    @Test
    void lineThatIsNotAResultIsAnError() {
        assertThatThrownBy(() -> read(RECORDED + "\n<html>Bad gateway</html>\n", new ArrayList<>()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not NDJSON after 1 results: <html>Bad gateway</html>");
        assertThatThrownBy(() -> read("{\"unexpected\":true}\n", new ArrayList<>()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unexpected line");
    }
}
