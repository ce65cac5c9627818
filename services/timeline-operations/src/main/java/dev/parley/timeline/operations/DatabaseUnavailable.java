package dev.parley.timeline.operations;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by PostgreSQL being out of reach (no connection to be had, the
 * connection lost, the server shutting down or starting) from every other failure, and answers
 * it: {@code 503} with {@code Retry-After}, as problem+json. Such a failure says nothing about the
 * request, and the same request will succeed once the database is back; a {@code 500} would
 * tell the client to give up.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait: about what a restarting PostgreSQL or a fail-over needs. */
    public static final int RETRY_AFTER_SECONDS = 5;
    static final URI TYPE = URI.create("https://parley.dev/problems/database-unavailable");
    /** SQL state class 08 (connection exception) and 57P01–57P03 (shutting down, cannot connect now). */
    private static final String CONNECTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION = "57P";

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or any of its causes, is the database being out of reach. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a lost connection fails the rollback too, and the rollback's failure hides the first one
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isCauseOf(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof DatabaseUnavailableException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_CLASS) || sql.getSQLState().startsWith(OPERATOR_INTERVENTION))) {
                return true;
            }
        }
        return false;
    }

    /** The problem a client gets: nothing was recorded, or (with an Idempotency-Key) a retry is safe. */
    public static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the database cannot be reached; try again in " + RETRY_AFTER_SECONDS + " s");
        problem.setType(TYPE);
        problem.setTitle("Database unavailable");
        return problem;
    }

    public static ResponseEntity<ProblemDetail> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem());
    }
}
