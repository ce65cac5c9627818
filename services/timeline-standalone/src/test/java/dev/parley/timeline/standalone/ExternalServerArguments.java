package dev.parley.timeline.standalone;

import dev.parley.timeline.testkit.TestInfrastructure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line arguments that run the standalone app on the test kit's servers instead of embedded ones. */
final class ExternalServerArguments {

    private ExternalServerArguments() {
    }

    /** A fresh database and topic each call; {@code extra} arguments are appended. */
    static String[] onTestServers(Path dataDir, String... extra) {
        var postgres = TestInfrastructure.postgres();
        var kafka = TestInfrastructure.kafka();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--parley.standalone.data-dir=" + dataDir,
                "--parley.standalone.embedded-postgres.enabled=false",
                "--parley.standalone.embedded-kafka.enabled=false",
                "--spring.datasource.url=" + postgres.createDatabase(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--parley.timeline.topic.name=" + kafka.uniqueName("parley.timeline.events"),
                "--parley.timeline.topic.replication-factor=1"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }
}
