package dev.parley.timeline.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The run's phases: when each ran, for the profile, and which processes kept the cores busy meanwhile. */
final class Phases {

    private static final Logger log = LoggerFactory.getLogger(Phases.class);

    private final ResourceUse resources;
    private final List<ResourceUse.Usage> usages = new ArrayList<>();
    private final List<ThreadProfile.Window> windows = new ArrayList<>();

    Phases(ResourceUse resources) {
        this.resources = resources;
    }

    /** Something a phase does; it may fail like any benchmark step. */
    interface Step<T> {
        T run() throws Exception;
    }

    <T> T run(String phase, Step<T> step) throws Exception {
        log.info("Phase: {}", phase);
        var before = resources.snapshot();
        var start = Instant.now();
        var result = step.run();
        windows.add(new ThreadProfile.Window(phase, start, Instant.now()));
        usages.add(resources.between(phase, before, resources.snapshot()));
        return result;
    }

    List<ResourceUse.Usage> usages() {
        return List.copyOf(usages);
    }

    List<ThreadProfile.Window> windows() {
        return List.copyOf(windows);
    }
}
