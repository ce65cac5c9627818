package dev.parley.timeline.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults from PARLEY_URL and PARLEY_API_KEY. A provider over an explicit map, rather than picocli's
 * {@code ${env:...}} (which reads the process environment), so tests can set the environment.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    private final Map<String, String> env;

    EnvironmentDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        String variable = switch (option.longestName()) {
            case "--url" -> "PARLEY_URL";
            case "--api-key" -> "PARLEY_API_KEY";
            default -> null;
        };
        String value = variable == null ? null : env.get(variable);
        // null lets the option's own default apply; an empty variable counts as unset
        return value == null || value.isBlank() ? null : value;
    }
}
