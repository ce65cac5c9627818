package dev.parley.timeline.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar's manifest; classes run from an IDE have none. */
final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ParleyCli.class.getPackage().getImplementationVersion();
        return new String[] {"parley-cli " + (version == null ? "(development build)" : version)};
    }
}
