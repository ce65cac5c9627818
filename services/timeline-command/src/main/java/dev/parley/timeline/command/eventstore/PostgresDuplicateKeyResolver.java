package dev.parley.timeline.command.eventstore;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that PostgreSQL's unique-violation (SQL state 23505) on the event table is a
 * duplicate (aggregate, sequence): two writers appended to the same track at once. Axon's default
 * resolver does not know the state, so without this a race surfaces as a generic storage error
 * instead of a {@code ConcurrencyException} that can be retried.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
