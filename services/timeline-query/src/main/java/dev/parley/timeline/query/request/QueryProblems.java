package dev.parley.timeline.query.request;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad query parameters of every read endpoint, as RFC 9457 problems naming the parameter. */
@RestControllerAdvice(basePackages = "dev.parley.timeline.query")
class QueryProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidParameterException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.parameter() + " " + e.getMessage());
        problem.setType(URI.create("https://parley.dev/problems/invalid-query"));
        problem.setTitle("The query is invalid");
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
        return ResponseEntity.of(problem).build();
    }
}
