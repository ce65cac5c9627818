package dev.parley.timeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a request Spring Security's firewall refuses (a path with {@code ..}, {@code ;}, a NUL
 * or an encoded {@code %}, a header with control characters, …) with a 400 problem like every
 * other refusal, instead of an empty 400.
 */
final class RejectedRequests implements RequestRejectedHandler {

    private final ObjectMapper json;

    RejectedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refusal)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusal.getMessage());
        problem.setType(URI.create(SecurityProblems.TYPE_BASE + "request-rejected"));
        problem.setTitle("Malformed request");
        SecurityProblems.write(json, response, problem);
    }
}
