package dev.parley.timeline.query.consumer;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a record the database will never accept (SQL state classes 22, data exception, and 23,
 * integrity constraint violation: text PostgreSQL cannot store, a value out of range) from a
 * passing failure such as a lost connection. Retrying the first kind would block its partition
 * forever while health said UP; it stalls the partition instead. A unique violation (23505) is
 * the exception: two appliers of the same event during a rebalance race on an insert, and the
 * retry finds the event applied.
 */
final class RejectedByDatabase {

    private static final String UNIQUE_VIOLATION = "23505";

    private RejectedByDatabase() {
    }

    /** The database's refusal ("22021 invalid byte sequence ..."), or empty for a passing failure. */
    static Optional<String> reason(Throwable failure) {
        return rejection(failure).map(e -> e.getSQLState() + " " + e.getMessage());
    }

    private static Optional<SQLException> rejection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && !UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
