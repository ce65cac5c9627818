package dev.parley.timeline.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Turns a validated JWT into Parley's caller: the configured principal claim is the name recorded
 * as {@code recordedBy}, and the configured roles claim (a list, or a space-separated string, as
 * OAuth {@code scope} is) grants the roles it names. A path such as {@code realm_access.roles}
 * reaches into nested objects, as Keycloak nests them. Values that name no Parley role are ignored.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    private final List<String> rolesPath;

    JwtRoles(SecurityProperties.Jwt claims) {
        this.rolesPath = List.of(claims.getRolesClaim().split("\\."));
        converter.setPrincipalClaimName(claims.getPrincipalClaim());
        converter.setJwtGrantedAuthoritiesConverter(this::authorities);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return converter.convert(jwt);
    }

    private Collection<GrantedAuthority> authorities(Jwt jwt) {
        Object value = jwt.getClaims();
        for (var step : rolesPath) {
            value = value instanceof Map<?, ?> object ? object.get(step) : null;
        }
        var names = new ArrayList<String>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> names.add(String.valueOf(item)));
        } else if (value instanceof String text) {
            names.addAll(List.of(text.split(" ")));
        }
        return names.stream()
                .flatMap(name -> Role.fromWireName(name).stream())
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
