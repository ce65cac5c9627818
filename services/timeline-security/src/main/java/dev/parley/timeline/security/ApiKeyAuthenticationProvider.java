package dev.parley.timeline.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Accepts a presented key that {@link ApiKeys} knows, as the key's name with the key's roles. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeys keys;

    ApiKeyAuthenticationProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var presented = (PresentedApiKey) authentication;
        var caller = keys.caller(presented.key())
                // one message for every failure, so a caller cannot tell a wrong name from a wrong key
                .filter(found -> presented.claimedName() == null || found.name().equals(presented.claimedName()))
                .orElseThrow(() -> new BadCredentialsException("The API key is not valid."));
        var authorities = caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(caller.name(), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedApiKey.class.isAssignableFrom(authentication);
    }
}
