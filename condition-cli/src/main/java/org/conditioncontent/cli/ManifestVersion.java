package org.conditioncontent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The command's version and the commit it was built from, {@code conditions 0.1.0 (commit
 * 1a2b3c4d5e6f)}.
 *
 * <p>Both come from {@code build.properties} beside this class, which the build writes
 * ({@code version}, {@code commit} as git names it or {@code unknown}, and {@code modified} when
 * the working tree had uncommitted changes). Classes compiled without that file (an IDE's build)
 * fall back to the {@code Implementation-Version} of the jar's manifest, then the module's
 * version, else {@code dev}, and to an unknown commit.
 */
final class ManifestVersion implements IVersionProvider {

    /**
     * An abbreviated or full commit id, as {@code git rev-parse} prints it. A string, compiled
     * only when the version is asked for: the provider is made with the command's model on every
     * run, and compiling a pattern as its class starts cost about 2 ms of each.
     */
    private static final String COMMIT = "[0-9a-f]{7,40}";

    /** Creates the provider, for the top command's model. */
    ManifestVersion() {}

    /**
     * The version line.
     *
     * @return one line, {@code conditions VERSION (commit ID)} or {@code conditions VERSION
     *     (unknown commit)}
     */
    @Override
    public String[] getVersion() {
        return new String[] {"conditions " + version() + " (" + commit(Build.PROPERTIES) + ")"};
    }

    /**
     * The version alone.
     *
     * @return the version, or {@code dev} when it is not known
     */
    static String version() {
        String version = Build.PROPERTIES.getProperty("version");
        if (version == null || version.isBlank()) {
            version = Main.class.getPackage().getImplementationVersion();
        }
        if (version == null || version.isBlank()) {
            // On the module path the manifest's entries do not reach the Package object.
            version = Main.class.getModule().getDescriptor() == null
                    ? null
                    : Main.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return version == null || version.isBlank() ? "dev" : version;
    }

    /**
     * The commit that build properties name, in words.
     *
     * @param build the build's properties; empty when the build wrote none
     * @return {@code commit ID}, {@code commit ID with uncommitted changes}, or {@code unknown
     *     commit} when the properties name no commit id (a build from sources without git)
     */
    static String commit(Properties build) {
        String commit = build.getProperty("commit", "").strip();
        if (!commit.matches(COMMIT)) {
            return "unknown commit";
        }
        return Boolean.parseBoolean(build.getProperty("modified"))
                ? "commit " + commit + " with uncommitted changes"
                : "commit " + commit;
    }

    /** The build's properties, read once, when the version is first asked for. */
    private static final class Build {

        static final Properties PROPERTIES = read();

        private Build() {}

        private static Properties read() {
            Properties properties = new Properties();
            try (InputStream in = ManifestVersion.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // A jar that cannot be read this far could not have started the command; the
                // version line falls back rather than fail --version.
                return new Properties();
            }
            return properties;
        }
    }
}
