package dev.parley.timeline.command.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far publication is behind the event store, as two gauges an operator can alert on: the
 * events stored after the publisher's position, and how long the oldest of them has waited. Only
 * the instance that publishes reports them ({@link PublicationRelay#storedIndex}); every other
 * instance reports NaN, so that the largest value across instances is the answer.
 *
 * <p>Both are read from the store at each scrape, against the position the publisher stored last
 * (every half second while it sends), so a healthy publisher shows a few hundred milliseconds
 * and a few events under load, and zero at rest. Counting rows rather than subtracting indexes
 * keeps the figure at zero once all is published: rolled-back inserts leave gaps in the global
 * index that no event will ever fill.
 */
final class PublicationBacklog implements MeterBinder {

    static final String UNPUBLISHED = "parley.publication.unpublished";
    static final String OLDEST_UNPUBLISHED = "parley.publication.oldest.unpublished";

    private final Supplier<OptionalLong> storedIndex;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** @param storedIndex the global index the publisher passed, empty when this instance does not publish */
    PublicationBacklog(Supplier<OptionalLong> storedIndex, JdbcClient jdbc, Clock clock) {
        this.storedIndex = storedIndex;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(UNPUBLISHED, this, PublicationBacklog::unpublished).baseUnit("events")
                .description("Events stored after the publisher's position: not yet known to be on the topic (NaN on an"
                        + " instance that does not publish)")
                .register(registry);
        TimeGauge.builder(OLDEST_UNPUBLISHED, this, TimeUnit.SECONDS, PublicationBacklog::oldestUnpublishedSeconds)
                .description("How long the oldest event not yet known to be on the topic has been stored (0 when none;"
                        + " NaN on an instance that does not publish)")
                .register(registry);
    }

    double unpublished() {
        var index = storedIndex.get();
        if (index.isEmpty()) {
            return Double.NaN;
        }
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > ?").param(index.getAsLong())
                .query(Long.class).single();
    }

    double oldestUnpublishedSeconds() {
        var index = storedIndex.get();
        if (index.isEmpty()) {
            return Double.NaN;
        }
        // the first in commit order is the oldest but for a late commit; a gauge need not be exact to the millisecond
        return jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1")
                .param(index.getAsLong()).query(String.class).optional()
                .map(storedAt -> Duration.between(Instant.parse(storedAt), clock.instant()).toMillis() / 1000.0)
                .map(seconds -> Math.max(0, seconds))
                .orElse(0.0);
    }
}
