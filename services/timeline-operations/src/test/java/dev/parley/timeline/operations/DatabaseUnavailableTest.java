package dev.parley.timeline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "PostgreSQL is out of reach, try again" (503) and which do not. */
class DatabaseUnavailableTest {

    @Test
    void failuresToReachTheDatabaseAreRecognisedHoweverDeepTheyAreWrapped() {
        assertThat(DatabaseUnavailable.isCauseOf(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("Axon's wrapper",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection due to administrator command",
                "57P01"))).as("server shutting down").isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aFailedRollbackIsJudgedByTheFailureItHides() {
        var lost = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        lost.initApplicationException(new SQLException("terminating connection due to administrator command", "57P01"));
        var unrelated = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        unrelated.initApplicationException(new IllegalArgumentException("a bug"));

        assertThat(DatabaseUnavailable.isCauseOf(lost)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(unrelated)).isFalse();
    }

    @Test
    void failuresOfTheRequestOrOfParleyAreNot() {
        assertThat(DatabaseUnavailable.isCauseOf(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new QueryTimeoutException("slow query"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void theAnswerIs503WithRetryAfterAsAProblem() {
        var answer = DatabaseUnavailable.answer();

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getType()).hasToString("https://parley.dev/problems/database-unavailable");
    }
}
