package org.conditioncontent.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The command's version, {@code conditions 0.1.0-SNAPSHOT}: the {@code Implementation-Version}
 * that the build writes into the jar's manifest, else the module's version, else {@code dev}
 * (classes run straight from a build folder have neither).
 */
final class ManifestVersion implements IVersionProvider {

    /** Creates the provider; picocli instantiates it. */
    ManifestVersion() {}

    /**
     * The version line.
     *
     * @return one line, {@code conditions VERSION}
     */
    @Override
    public String[] getVersion() {
        return new String[] {"conditions " + version()};
    }

    /**
     * The version alone.
     *
     * @return the version, or {@code dev} when it is not known
     */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        if (version == null || version.isBlank()) {
            // On the module path the manifest's entries do not reach the Package object.
            version = Main.class.getModule().getDescriptor() == null
                    ? null
                    : Main.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return version == null || version.isBlank() ? "dev" : version;
    }
}
