package dev.parley.timeline.standalone.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /v3/api-docs} says about the API as a whole; the operations come from the controllers. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String API_KEY = "apiKey";
    private static final String BEARER = "bearer";

    @Bean
    OpenAPI parleyOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Parley")
                .version("v1")
                .description("Record developments of diplomatic negotiation tracks as commands and read each "
                        + "track's state. Errors are application/problem+json (RFC 9457); events are published "
                        + "on Kafka as CloudEvents (see docs/asyncapi.yaml). Reads need the reader role, "
                        + "writes the editor role, /api/v1/admin the admin role (docs/security.md)."))
                .components(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
