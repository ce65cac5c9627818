package dev.parley.timeline.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations off, unless {@code management.observations.enable.spring.security=true}.
 * They time every filter of the chain and the authorisation of every request as
 * {@code spring.security.*} observations: about a tenth of a request thread's CPU per command
 * (issue 7), for timers no dashboard, alert or document of Parley reads. Turned off this way,
 * Spring Security does not even wrap its filters, which Spring Boot's property alone would leave in
 * place as no-op observations. {@code http.server.requests} (status, latency per endpoint) is
 * Spring MVC's and stays.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    /** The property Spring Boot documents for turning these observations off; here it also turns them on. */
    static final String ENABLED = "management.observations.enable.spring.security";

    @Bean
    @ConditionalOnProperty(name = ENABLED, havingValue = "false", matchIfMissing = true)
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
