package dev.parley.timeline.command.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The answers stored for any of these keys (an import's chunk), by key, in one round trip. */
    public Map<String, StoredResponse> findAll(Collection<String> keys) {
        Map<String, StoredResponse> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT idempotency_key, request_hash, response_status, response_body, track_version
                        FROM idempotency_record WHERE idempotency_key = ANY(?::text[])""")
                .param(keys.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), new StoredResponse(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5)));
                });
        return found;
    }

    /** {@link #remember} for many keys in one statement, in the current transaction. */
    public void rememberAll(Map<String, StoredResponse> responses) {
        if (responses.isEmpty()) {
            return;
        }
        var now = Timestamp.from(clock.instant());
        List<StoredResponse> values = List.copyOf(responses.values());
        jdbc.sql("""
                        INSERT INTO idempotency_record
                            (idempotency_key, request_hash, response_status, response_body, track_version, created_at)
                        SELECT key, hash, status, body, version, ?::timestamptz
                        FROM unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::bigint[]) AS given(key, hash, status, body, version)""")
                .params(now, responses.keySet().toArray(String[]::new),
                        values.stream().map(StoredResponse::requestHash).toArray(String[]::new),
                        values.stream().map(StoredResponse::status).toArray(Integer[]::new),
                        values.stream().map(StoredResponse::body).toArray(String[]::new),
                        values.stream().map(StoredResponse::trackVersion).toArray(Long[]::new))
                .update();
    }

    /** The first answer to a keyed request, and a fingerprint of the request it answered. */
    public record StoredResponse(String requestHash, int status, String body, long trackVersion) {
    }
}
