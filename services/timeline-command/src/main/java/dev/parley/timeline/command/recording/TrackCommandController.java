package dev.parley.timeline.command.recording;

import dev.parley.timeline.command.track.CommandOutcome;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tracks/{trackId}/commands}: records one development on a track. Answers
 * 201 with the new event's id and the track's version (also in {@code ETag}), or 200 when the
 * command repeated a known fact and nothing was stored.
 */
@RestController
class TrackCommandController {

    private final CommandIntake intake;

    TrackCommandController(CommandIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/api/v1/tracks/{trackId}/commands", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandOutcome> record(
            @PathVariable String trackId,
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal principal) {
        var answer = intake.submit(trackId, Utf8Text.decode(body), ifMatch, idempotencyKey, principal);
        return ResponseEntity.status(answer.status())
                .eTag(Long.toString(answer.outcome().version()))
                .body(answer.outcome());
    }
}
