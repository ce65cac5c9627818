package dev.parley.timeline.standalone.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /v3/api-docs} says about the API as a whole; the operations come from the controllers. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI parleyOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Parley")
                .version("v1")
                .description("Record developments of diplomatic negotiation tracks as commands and read each "
                        + "track's state. Errors are application/problem+json (RFC 9457); events are published "
                        + "on Kafka as CloudEvents (see docs/asyncapi.yaml)."));
    }
}
