package dev.parley.timeline.standalone;

import dev.parley.timeline.command.CommandServiceConfiguration;
import dev.parley.timeline.query.QueryServiceConfiguration;
import dev.parley.timeline.standalone.embedded.EmbeddedInfrastructure;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Parley in one JVM: the command and query services on an embedded PostgreSQL and an in-process
 * Kafka broker, with the demo data on first start. {@code java -jar timeline-standalone.jar}.
 */
@SpringBootApplication
@Import({CommandServiceConfiguration.class, QueryServiceConfiguration.class})
public class StandaloneApplication {

    public static void main(String[] args) {
        var infrastructure = new EmbeddedInfrastructure();
        var context = new AtomicReference<ConfigurableApplicationContext>();
        // registered before anything starts, so Ctrl-C during start-up also stops what has started
        Runtime.getRuntime().addShutdownHook(new Thread(() -> new Running(context.get(), infrastructure).close(),
                "parley-shutdown"));
        context.set(start(infrastructure, args).context());
    }

    /** Starts the embedded servers and the application; {@link Running#close()} stops them in order. */
    public static Running start(String... args) {
        return start(new EmbeddedInfrastructure(), args);
    }

    private static Running start(EmbeddedInfrastructure infrastructure, String... args) {
        var application = new SpringApplication(StandaloneApplication.class);
        application.addListeners(infrastructure);
        // the services must stop before the database and broker they use, so no Spring hook
        application.setRegisterShutdownHook(false);
        try {
            return new Running(application.run(args), infrastructure);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    /** A started Parley: the application context and the embedded servers under it. */
    public record Running(ConfigurableApplicationContext context, EmbeddedInfrastructure infrastructure)
            implements AutoCloseable {

        /** Stops the application, if it got as far as starting, then the embedded servers. */
        @Override
        public void close() {
            if (context != null) {
                context.close();
            }
            infrastructure.close();
        }
    }
}
