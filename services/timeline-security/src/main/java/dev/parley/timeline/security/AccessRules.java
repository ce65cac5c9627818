package dev.parley.timeline.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one place that says which role a request needs, used both to decide and to explain a
 * refusal. The rule follows the kind of request, not a list of endpoints, so an endpoint added
 * later is covered the day it is added:
 * <ul>
 *   <li>health probes and {@code /actuator/info}: anyone, since orchestrators call them without credentials;</li>
 *   <li>{@code /api/v1/admin/**} and the other actuator endpoints: admin;</li>
 *   <li>any other {@code GET} or {@code HEAD} (queries, feed, stream, dashboard, API description):
 *       reader, or anyone when anonymous reads are on;</li>
 *   <li>everything else, that is every write: editor.</li>
 * </ul>
 */
final class AccessRules {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private final RequestMatcher open = new OrRequestMatcher(
            PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/info"));
    private final RequestMatcher administration = new OrRequestMatcher(
            PATHS.matcher("/api/v1/admin/**"), PATHS.matcher("/actuator/**"));
    private final boolean anonymousReads;

    AccessRules(boolean anonymousReads) {
        this.anonymousReads = anonymousReads;
    }

    /** The role the request needs; empty when anyone may make it. */
    Optional<Role> requiredRole(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR || open.matches(request)) {
            // an error dispatch only renders the refusal of a request that was already checked
            return Optional.empty();
        }
        if (administration.matches(request)) {
            return Optional.of(Role.ADMIN);
        }
        if (isRead(request)) {
            return anonymousReads ? Optional.empty() : Optional.of(Role.READER);
        }
        return Optional.of(Role.EDITOR);
    }

    /** GET and HEAD: the methods that only read, and the only ones HTTP Basic may authorise. */
    static boolean isRead(HttpServletRequest request) {
        var method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
    }
}
