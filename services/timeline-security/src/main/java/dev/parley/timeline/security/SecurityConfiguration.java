package dev.parley.timeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Parley's security, shared by the command and query services: who the caller is (an API key, or
 * a JWT when Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} names an issuer or
 * key) and what its role lets it do ({@link AccessRules}). Stateless: no session, no cookie, so no
 * CSRF token either (see {@link ApiKeyAuthenticationConverter} for why that is safe).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@Import(SecurityObservations.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    ApiKeys apiKeys(SecurityProperties properties) {
        return ApiKeys.from(properties.getApiKeys());
    }

    /** Also keeps Spring Boot from creating its default user with a generated password. */
    @Bean
    ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(ApiKeys keys) {
        return new ApiKeyAuthenticationProvider(keys);
    }

    /** Spring Security's firewall uses this bean for the requests it refuses before any filter runs. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return new RejectedRequests(json);
    }

    @Bean
    SecurityFilterChain parleySecurity(HttpSecurity http, SecurityProperties properties, ApiKeys keys,
            ApiKeyAuthenticationProvider keyProvider, ObjectProvider<JwtDecoder> jwtDecoder, ObjectMapper json)
            throws Exception {
        boolean jwt = jwtDecoder.getIfAvailable() != null;
        if (keys.isEmpty() && !jwt) {
            throw new IllegalStateException("Parley has no way to authenticate callers: configure parley.security.api-keys, "
                    + "or a JWT issuer with spring.security.oauth2.resourceserver.jwt.issuer-uri");
        }
        var rules = new AccessRules(properties.isAnonymousReads());
        var problems = new SecurityProblems(json, rules, !keys.isEmpty(), jwt);

        var keyFilter = new AuthenticationFilter(new ProviderManager(keyProvider), new ApiKeyAuthenticationConverter());
        keyFilter.setSuccessHandler((request, response, authentication) -> {
            // continue to the endpoint; the default handler would redirect as after a login form
        });
        keyFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));

        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurity.POLICY)))
                .addFilterBefore(keyFilter, AnonymousAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new RoleAccess(rules, Role.hierarchy())));
        if (jwt) {
            http.oauth2ResourceServer(server -> server
                    .jwt(decoder -> decoder.jwtAuthenticationConverter(new JwtRoles(properties.getJwt())))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        log.info("Callers authenticate with {}; anonymous reads are {}",
                keys.isEmpty() ? "JWTs" : jwt ? "API keys or JWTs" : "API keys", properties.isAnonymousReads() ? "on" : "off");
        return http.build();
    }
}
