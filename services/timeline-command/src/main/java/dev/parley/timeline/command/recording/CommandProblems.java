package dev.parley.timeline.command.recording;

import dev.parley.timeline.command.idempotency.IdempotencyKeyReusedException;
import dev.parley.timeline.command.track.NotAllowedInStateException;
import dev.parley.timeline.command.track.StaleTrackVersionException;
import dev.parley.timeline.command.track.TrackAlreadyAnnouncedException;
import dev.parley.timeline.command.track.TrackNotAnnouncedException;
import dev.parley.timeline.command.track.TrackRuleViolation;
import dev.parley.timeline.operations.DatabaseUnavailable;
import dev.parley.timeline.operations.DatabaseUnavailableException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every refusal of the command API into an RFC 9457 problem ({@code application/problem+json})
 * with a stable {@code type}, and for bad input an {@code errors} list naming each field. Spring MVC's
 * own refusals (415, 405, ...) become problems through {@code spring.mvc.problemdetails.enabled}.
 */
@RestControllerAdvice(basePackages = "dev.parley.timeline.command")
class CommandProblems {

    static final String TYPE_BASE = "https://parley.dev/problems/";
    private static final ExceptionHandlerMethodResolver HANDLERS = new ExceptionHandlerMethodResolver(CommandProblems.class);
    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidCommandException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-command", "The command is invalid", e.getMessage());
        problem.setProperty("errors", e.problems().stream().map(CommandProblems::error).toList());
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownTrack(TrackNotAnnouncedException e) {
        var problem = problem(HttpStatus.NOT_FOUND, "track-not-found", "Track not found", e.getMessage());
        problem.setProperty("errors", List.of(error(new FieldProblem("trackId", "names no announced track"))));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notInThisState(NotAllowedInStateException e) {
        var problem = problem(HttpStatus.CONFLICT, "not-allowed-in-state", "Not allowed in the track's state", e.getMessage());
        problem.setProperty("state", e.status().wireName());
        problem.setProperty("command", e.commandType());
        problem.setProperty("errors", List.of(error(new FieldProblem("type",
                "'" + e.commandType() + "' is not allowed while the track is " + e.status().wireName()))));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> contradictsHistory(TrackRuleViolation e) {
        var problem = problem(HttpStatus.CONFLICT, e.problemType(), "The command contradicts the track's history",
                e.getMessage());
        problem.setProperty("errors", List.of(error(new FieldProblem(e.field(), e.getMessage()))));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> alreadyAnnounced(TrackAlreadyAnnouncedException e) {
        var problem = problem(HttpStatus.CONFLICT, "track-already-announced", "Track already announced", e.getMessage());
        problem.setProperty("errors", List.of(error(new FieldProblem("trackId", "names a track announced before"))));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleTrackVersionException e) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "The track has changed", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("errors", List.of(error(new FieldProblem("If-Match",
                "names a version the track has moved past; it is at " + e.currentVersion()))));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .header(HttpHeaders.ETAG, "\"" + e.currentVersion() + "\"")
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency-Key reused for a different request", e.getMessage());
        problem.setProperty("errors", List.of(error(new FieldProblem("Idempotency-Key",
                "was already used for a different request"))));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(ImportTooLargeException e) {
        var problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "import-too-large", "Import too large", e.getMessage());
        problem.setProperty("errors", List.of(error(new FieldProblem("body", e.getMessage()))));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> contended(ConcurrentWriteException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.CONFLICT, "write-conflict", "Concurrent writes to the track", e.getMessage()));
    }

    /** Also here, not only in the shared advice, so that an import line is answered with it too. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> databaseUnavailable(DatabaseUnavailableException e) {
        return DatabaseUnavailable.answer();
    }

    /**
     * The problem the API would answer for this exception, for answers that are not HTTP
     * responses of their own (a line of an import). Unexpected failures become a 500 problem.
     */
    ProblemDetail describe(Exception e) {
        var handler = HANDLERS.resolveMethodByThrowable(e);
        if (handler == null) {
            log.error("Unexpected failure while recording a command", e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                    "the command could not be recorded; see the server log");
        }
        try {
            var answer = (ResponseEntity<?>) handler.invoke(this, e);
            return (ProblemDetail) answer.getBody();
        } catch (ReflectiveOperationException reflection) {
            throw new IllegalStateException("exception handler " + handler.getName() + " failed", reflection);
        }
    }

    /**
     * Whether the exception refuses the command itself (bad input, the track's rules, a reused
     * key), rather than telling of a failure of the database, a concurrent writer or a bug: an
     * import's chunk refuses a line for the one and redoes the chunk a line at a time for the other.
     */
    boolean isRefusal(Exception e) {
        return !(e instanceof ConcurrentWriteException) && !(e instanceof DatabaseUnavailableException)
                && !(e instanceof ImportTooLargeException) && HANDLERS.resolveMethodByThrowable(e) != null;
    }

    private static Map<String, String> error(FieldProblem problem) {
        return Map.of("field", problem.field(), "message", problem.message());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
