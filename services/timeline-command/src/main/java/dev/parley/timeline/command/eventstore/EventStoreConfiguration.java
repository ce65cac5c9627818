package dev.parley.timeline.command.eventstore;

import dev.parley.timeline.contract.json.TimelineJson;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The event store: Axon's JDBC storage engine on PostgreSQL, with snake_case tables created by
 * Flyway (Axon creates none), JSON payloads and PostgreSQL's duplicate-key state understood.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /**
     * The write side keeps its own migration history so it can be deployed, and migrated,
     * independently of the read side even when both share one database. With
     * {@code parley.command.migration.username} the migrations log in as that owner of the event
     * store instead of the service's own role, which then needs no right to change the schema
     * (deploy/postgres/roles.sql).
     */
    @Bean(initMethod = "migrate")
    Flyway commandSchemaMigration(DataSource dataSource, Environment environment) {
        var migration = Flyway.configure();
        var owner = environment.getProperty("parley.command.migration.username", "");
        if (owner.isBlank()) {
            migration.dataSource(dataSource);
        } else {
            migration.dataSource(environment.getRequiredProperty("spring.datasource.url"), owner,
                    environment.getProperty("parley.command.migration.password"));
        }
        return migration
                .locations("classpath:db/command")
                .table("flyway_history_command")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * The event store's and token store's connections, always the Spring transaction's. Axon's
     * default wraps this provider so that a unit of work that fails rolls back the connection it
     * used, with a plain JDBC rollback: inside an import's chunk that ended the whole chunk's
     * transaction, savepoints and all, whenever a refused command had read its track from the
     * store. Spring's transaction manager, which every unit of work here joins, already commits
     * and rolls back that connection, and rolls a nested transaction back to its savepoint only.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    /**
     * Jackson for events, messages and tokens, declared here rather than by property so that no
     * deployment can fall back to XStream. Its mapper writes ISO-8601 instants, where Axon's
     * default mapper writes epoch numbers.
     */
    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(TimelineJson.newMapper())
                .revisionResolver(revisionResolver)
                .build();
    }

    @Bean
    RevisionResolver revisionResolver() {
        return new TrackEventRevisionResolver();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
