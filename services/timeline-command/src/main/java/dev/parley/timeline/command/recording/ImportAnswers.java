package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.json.TimelineJson;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;

/** The answer lines of an import: each line's status with its outcome or its problem. */
@Component
class ImportAnswers {

    private final CommandProblems problems;
    private final ObjectMapper json;

    ImportAnswers(CommandProblems problems) {
        this.problems = problems;
        // the mix-in writes a problem's properties (errors, state, ...) at its top level, as Spring MVC does
        // a line is parsed to take out its trackId and then written again for the command reader: numbers
        // are kept exact, so 1e999 stays a number (and is refused in a text field) instead of becoming "Infinity"
        this.json = TimelineJson.newMapper().rebuild().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    /** The mapper that reads import lines and writes their answers. */
    ObjectMapper json() {
        return json;
    }

    ObjectNode recorded(long line, CommandRecorder.Answer answer) {
        var result = json.createObjectNode().put("line", line).put("status", answer.status().value());
        result.setAll((ObjectNode) json.valueToTree(answer.outcome()));
        return result;
    }

    ObjectNode refused(long line, Exception e) {
        var problem = problems.describe(e);
        var result = json.createObjectNode().put("line", line).put("status", problem.getStatus());
        result.set("problem", json.valueToTree(problem));
        return result;
    }

    static int status(ObjectNode answer) {
        return answer.path("status").asInt();
    }
}
