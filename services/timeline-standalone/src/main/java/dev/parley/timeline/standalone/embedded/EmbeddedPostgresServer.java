package dev.parley.timeline.standalone.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's bundled binaries) whose data outlives the process.
 *
 * <p>Zonky is made for throw-away test databases: it starts the server with {@code -F} (fsync
 * off) and {@code synchronous_commit=off}. The standalone app keeps its event store here, so this
 * class turns durability back on and refuses to hand out a server that is not durable.
 *
 * <p>Zonky runs {@code initdb} only when the data directory holds no {@code postgresql.conf};
 * otherwise it starts the existing cluster as it is. Authentication is {@code trust} (zonky's
 * {@code initdb -A trust}) and the server listens on localhost only: a development convenience.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 5433;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "postgres";
    /** Trust authentication: PostgreSQL never asks for one, so none is set. */
    private static final String PASSWORD = "";
    /** Zonky's 10 s default is too short for crash recovery after an unclean stop. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);
    /** The file zonky holds a lock on while it runs a server on the data directory. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final EmbeddedPostgres postgres;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on {@code localhost:port}, creating a cluster in {@code dataDir} only when
     * there is none yet, and returns once it accepts connections.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        boolean existingCluster = Files.isRegularFile(dir.resolve("postgresql.conf"));
        if (existingCluster) {
            stopOrphanedPostmaster(dir);
        } else {
            requireEmptyOrAbsent(dir);
        }
        LoopbackPorts.requireFree(port, "PostgreSQL");
        log.info("Starting embedded PostgreSQL on port {} with {} data directory {}",
                port, existingCluster ? "existing" : "new", dir);

        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    // Parley's own shutdown stops the services first and this server last; zonky's
                    // hook would stop it at once, under requests and batches still running
                    .setRegisterShutdownHook(false)
                    // only read by initdb: C collation keeps text indexes independent of the host's
                    // LANG and of glibc upgrades, which would otherwise silently reorder them
                    .setLocaleConfig("locale", "C")
                    // passed after zonky's -F on the command line, so these win over it
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dir, e);
        }

        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, port);
        try {
            server.verifyDurableAndOwn(dir);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return PASSWORD;
    }


    /** Stops the server with PostgreSQL's "fast" shutdown: open transactions roll back, committed data stays. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }

    /**
     * Zonky only checks that something answers on the port; if another server already held it we
     * would silently use that one. Also guards against zonky changing how its defaults are passed.
     */
    private void verifyDurableAndOwn(Path expectedDataDir) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('data_directory'), "
                     + "current_setting('fsync'), current_setting('synchronous_commit'), "
                     + "current_setting('full_page_writes')")) {
            row.next();
            Path actualDataDir = Path.of(row.getString(1));
            if (!Files.isSameFile(actualDataDir, expectedDataDir)) {
                throw new IllegalStateException("Port " + port + " is served by a PostgreSQL with data directory "
                        + actualDataDir + ", not " + expectedDataDir + ": is another server using the port?");
            }
            for (int i = 0; i < DURABILITY_SETTINGS.size(); i++) {
                String value = row.getString(i + 2);
                if (!"on".equals(value)) {
                    throw new IllegalStateException("Embedded PostgreSQL is not durable: "
                            + DURABILITY_SETTINGS.get(i) + " = " + value);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the embedded PostgreSQL settings", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PostgreSQL runs detached from the JVM: when the JVM dies without running its shutdown hooks
     * (kill -9, OOM killer) the server keeps running. Zonky would then quietly reuse it, with its log
     * output going nowhere; stop it instead so this process starts and owns a fresh one. A smart
     * shutdown (SIGTERM) ends quickly because the dead JVM's connections are already gone.
     */
    private static void stopOrphanedPostmaster(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try (Stream<String> lines = Files.lines(pidFile)) {
            pid = Long.parseLong(lines.findFirst().orElse("").trim());
        } catch (IOException | NumberFormatException | UncheckedIOException e) {
            return; // unreadable or half-written: PostgreSQL judges it when it starts
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return; // stale pid file from a crash: PostgreSQL replaces it itself
        }
        requireNoOtherOwner(dir);
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down", pid, dir);
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL pid " + pid + " still runs on " + dir + " after "
                    + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + pid, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A running postmaster is only an orphan if no live process holds zonky's lock on the data
     * directory; otherwise it belongs to another running instance, which must not lose its database.
     */
    private static void requireNoOtherOwner(Path dir) {
        try (FileChannel channel = FileChannel.open(dir.resolve(ZONKY_LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException(dir + " is in use by another running process");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(dir + " is already in use by this process", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** initdb refuses a non-empty directory with an opaque "Process ... failed"; say why instead. */
    private static void requireEmptyOrAbsent(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException(dir + " is not empty but holds no PostgreSQL cluster "
                        + "(no postgresql.conf); move it away or point the data directory elsewhere");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
