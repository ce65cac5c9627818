package dev.parley.timeline.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * Reads an API key from the {@code X-API-Key} header or, on reads only, from HTTP Basic (the key
 * as password). Basic is there for browsers, which cannot add a header to the dashboard's event
 * stream. Browsers also send remembered Basic credentials with requests other sites make them
 * send, so Basic never authorises a write: writes need the header or a bearer token, which a
 * browser never adds on its own. That is Parley's defence against cross-site request forgery.
 */
final class ApiKeyAuthenticationConverter implements AuthenticationConverter {

    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        var header = request.getHeader(ApiKeys.HEADER);
        if (header != null) {
            return new PresentedApiKey(header.strip(), null);
        }
        if (!AccessRules.isRead(request)) {
            return null;
        }
        var credentials = basic.convert(request);
        return credentials == null ? null
                : new PresentedApiKey(String.valueOf(credentials.getCredentials()), credentials.getName());
    }
}
