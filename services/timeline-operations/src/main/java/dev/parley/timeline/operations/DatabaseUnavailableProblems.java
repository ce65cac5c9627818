package dev.parley.timeline.operations;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every endpoint of either service answers 503 with {@code Retry-After} while PostgreSQL is away. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseUnavailableProblems {

    @ExceptionHandler({DatabaseUnavailableException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        // not logged: the cause is outside this service, an outage would flood the log, and the
        // 503s show in the http.server.requests metric
        return DatabaseUnavailable.answer();
    }
}
