package dev.parley.timeline.command.idempotency;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers the answer to each request that carried an {@code Idempotency-Key}. The answer is
 * written in the same transaction as the event, so either both exist or neither does; a second
 * writer of the same key hits the primary key and is retried by the caller.
 */
@Repository
public class IdempotencyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<StoredResponse> find(String key) {
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_body, track_version
                        FROM idempotency_record WHERE idempotency_key = ?""")
                .param(key)
                .query((rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    public void remember(String key, StoredResponse response) {
        jdbc.sql("""
                        INSERT INTO idempotency_record
                            (idempotency_key, request_hash, response_status, response_body, track_version, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(key, response.requestHash(), response.status(), response.body(), response.trackVersion(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** The first answer to a keyed request, and a fingerprint of the request it answered. */
    public record StoredResponse(String requestHash, int status, String body, long trackVersion) {
    }
}
