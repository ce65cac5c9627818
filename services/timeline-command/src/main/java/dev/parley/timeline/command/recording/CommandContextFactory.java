package dev.parley.timeline.command.recording;

import dev.parley.timeline.command.track.CommandContext;
import dev.parley.timeline.contract.track.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stamps a command with what the editor cannot choose: its event id and the authenticated
 * principal. Times the editor gives are parsed and checked against the server's clock here, so each
 * problem names its field.
 */
@Component
class CommandContextFactory {

    /** Nothing Parley records happened before this; it also keeps every instant a valid RFC 3339 time. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** A development is recorded once it happened; a day's slack covers time zones and clock skew. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final Clock clock;

    CommandContextFactory(Clock clock) {
        this.clock = clock;
    }

    CommandContext contextFor(CommandDocument document, Principal principal, Long expectedVersion, UUID correlationId) {
        return contextFor(document, "", principal, expectedVersion, correlationId);
    }

    /** Contexts of documents nested in {@code document}'s fields, for the same request. */
    CommandDocument.NestedContexts nestedContexts(Principal principal, UUID correlationId) {
        return (nested, prefix) -> contextFor(nested, prefix, principal, null, correlationId);
    }

    private CommandContext contextFor(CommandDocument document, String prefix, Principal principal, Long expectedVersion,
            UUID correlationId) {
        // security lets no write through without a principal; recording one without a name would be a lie
        Objects.requireNonNull(principal, "an authenticated principal");
        var problems = new ArrayList<FieldProblem>();
        var latest = clock.instant().plus(FUTURE_TOLERANCE);
        ReportedTime occurred = null;
        try {
            occurred = ReportedTime.parse(document.occurredAt(), document.occurredAtPrecision());
            requireInRange(occurred.instant(), latest, prefix + "occurredAt", problems);
        } catch (ReportedTime.PrecisionMismatch e) {
            problems.add(new FieldProblem(prefix + "occurredAtPrecision", e.getMessage()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(prefix + "occurredAt", e.getMessage()));
        }
        var sources = sources(document.sources(), prefix + "sources", latest, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return new CommandContext(UUID.randomUUID(), occurred.instant(), occurred.precision(),
                principal.getName(), sources, document.confidence(),
                document.summary(), correlationId, expectedVersion);
    }

    private static void requireInRange(Instant time, Instant latest, String field, List<FieldProblem> problems) {
        if (time.isBefore(EARLIEST)) {
            problems.add(new FieldProblem(field, "must not be before 1900-01-01"));
        } else if (time.isAfter(latest)) {
            problems.add(new FieldProblem(field, "must not be in the future: a development is recorded once it happened"));
        }
    }

    private static List<Source> sources(List<SourceDocument> documents, String field, Instant latest,
            List<FieldProblem> problems) {
        var sources = new ArrayList<Source>();
        for (int i = 0; i < documents.size(); i++) {
            var document = documents.get(i);
            Instant publishedAt = null;
            if (document.publishedAt() != null) {
                try {
                    publishedAt = ReportedTime.parseInstant(document.publishedAt());
                    requireInRange(publishedAt, latest, field + "[" + i + "].publishedAt", problems);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(field + "[" + i + "].publishedAt", ReportedTime.FORMAT_HINT));
                }
            }
            URI url = null;
            if (document.url() != null) {
                try {
                    url = new URI(document.url());
                } catch (URISyntaxException e) {
                    problems.add(new FieldProblem(field + "[" + i + "].url", "must be a valid http or https URL"));
                }
            }
            sources.add(new Source(document.publisher().strip(), url, document.attribution(), publishedAt));
        }
        return sources;
    }
}
