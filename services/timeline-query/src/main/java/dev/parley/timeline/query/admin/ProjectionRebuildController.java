package dev.parley.timeline.query.admin;

import dev.parley.timeline.query.consumer.ProjectionRebuild;
import dev.parley.timeline.query.consumer.RebuildProgress;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/projection-rebuilds} starts rebuilding every projection from the
 * topic without stopping reads; {@code GET /api/v1/admin/projection-rebuilds/current} reports its
 * progress (state, applied of total, events per second, lag). An operation for administrators:
 * the security issue will put it behind the admin role.
 */
@RestController
class ProjectionRebuildController {

    private final ProjectionRebuild rebuild;

    ProjectionRebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping(path = "/api/v1/admin/projection-rebuilds", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RebuildProgress> start() {
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projection-rebuilds/current")).body(rebuild.start());
    }

    @GetMapping(path = "/api/v1/admin/projection-rebuilds/current", produces = MediaType.APPLICATION_JSON_VALUE)
    RebuildProgress current() {
        return rebuild.progress();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> running(ProjectionRebuild.RebuildRunningException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://parley.dev/problems/rebuild-running"));
        problem.setTitle("A rebuild is running");
        return ResponseEntity.of(problem).build();
    }
}
