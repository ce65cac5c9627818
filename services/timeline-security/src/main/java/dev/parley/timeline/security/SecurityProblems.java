package dev.parley.timeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 and 403 as RFC 9457 problems, like every other refusal of the API. A 401 names the
 * ways to authenticate in {@code WWW-Authenticate}; a 403 names the role the request needs.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String TYPE_BASE = "https://parley.dev/problems/";

    private final ObjectMapper json;
    private final AccessRules rules;
    private final boolean apiKeys;
    private final boolean jwt;
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    SecurityProblems(ObjectMapper json, AccessRules rules, boolean apiKeys, boolean jwt) {
        this.json = json;
        this.rules = rules;
        this.apiKeys = apiKeys;
        this.jwt = jwt;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (jwt) {
            // sets the Bearer challenge, with error="invalid_token" and its description when a token was refused
            bearer.commence(request, response, refusal);
        }
        if (apiKeys) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"Parley\", header=\"" + ApiKeys.HEADER + "\"");
            if (AccessRules.isRead(request)) {
                // lets a browser ask for a name and key for the dashboard
                response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Parley\", charset=\"UTF-8\"");
            }
        }
        // no credentials at all is "insufficient"; a refused key or token says what was wrong with it
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                refusal instanceof InsufficientAuthenticationException
                        ? "This request needs credentials: " + ways() + "."
                        : refusal.getMessage());
        problem.setType(URI.create(TYPE_BASE + "unauthenticated"));
        problem.setTitle("Authentication required");
        write(json, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            commence(request, response, new InsufficientAuthenticationException(refusal.getMessage()));
            return;
        }
        var required = rules.requiredRole(request).map(Role::wireName).orElse("none");
        var held = authentication.getAuthorities().stream()
                .flatMap(authority -> Role.fromAuthority(authority.getAuthority()).stream())
                .map(Role::wireName).sorted().toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                request.getMethod() + " " + request.getRequestURI() + " needs the " + required + " role; "
                        + authentication.getName() + " has " + (held.isEmpty() ? "no Parley role" : String.join(", ", held))
                        + ".");
        problem.setType(URI.create(TYPE_BASE + "forbidden"));
        problem.setTitle("Not allowed for this role");
        problem.setProperty("requiredRole", required);
        problem.setProperty("roles", held);
        write(json, response, problem);
    }

    private String ways() {
        var ways = new ArrayList<String>();
        if (apiKeys) {
            ways.add("an API key in the " + ApiKeys.HEADER + " header");
        }
        if (jwt) {
            ways.add("a bearer token (Authorization: Bearer <JWT>)");
        }
        return String.join(" or ", ways);
    }

    static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
