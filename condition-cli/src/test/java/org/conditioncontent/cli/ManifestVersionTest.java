package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The version line of {@code conditions --version}: the version and the commit of the build. */
class ManifestVersionTest {

    @Test
    void namesTheCommitGitReportsForThisCheckout() throws IOException, InterruptedException {
        String head = gitHead();

        String line = CommandRun.of("--version").out().strip();

        // A checkout names its commit; a source tarball (no .git) or a machine without git cannot.
        if (head == null) {
            assertThat(line).endsWith("(unknown commit)");
        } else {
            assertThat(line).containsPattern("\\(commit " + head + "( with uncommitted changes)?\\)$");
        }
        assertThat(line).startsWith("conditions " + ManifestVersion.version() + " ");
    }

    @Test
    void theVersionIsTheProjectsWhenBuiltByMaven() {
        assertThat(ManifestVersion.version()).matches("\\d+\\.\\d+\\.\\d+\\S*");
    }

    @Test
    void aCommitIdIsNamed() {
        assertThat(ManifestVersion.commit(build("1a2b3c4d5e6f", "false"))).isEqualTo("commit 1a2b3c4d5e6f");
    }

    @Test
    void uncommittedChangesAreSaid() {
        assertThat(ManifestVersion.commit(build("1a2b3c4d5e6f", "true")))
                .isEqualTo("commit 1a2b3c4d5e6f with uncommitted changes");
    }

    @Test
    void aBuildWithoutGitHasAnUnknownCommit() {
        assertThat(ManifestVersion.commit(build("unknown", "false"))).isEqualTo("unknown commit");
        assertThat(ManifestVersion.commit(new Properties())).isEqualTo("unknown commit");
    }

    @Test
    void whatIsNotACommitIdIsNotPrintedAsOne() {
        // An unexpanded build property or git's error text must not pass for a commit.
        assertThat(ManifestVersion.commit(build("${git.head}", "false"))).isEqualTo("unknown commit");
        assertThat(ManifestVersion.commit(build("fatal: not a git repository", "true"))).isEqualTo("unknown commit");
    }

    private static Properties build(String commit, String modified) {
        Properties properties = new Properties();
        properties.setProperty("commit", commit);
        properties.setProperty("modified", modified);
        return properties;
    }

    /** The abbreviated commit id as the build asks git for it, or null where git cannot say. */
    private static String gitHead() throws IOException, InterruptedException {
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
                    .directory(REPOSITORY.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noGit) {
            return null;
        }
        String out = new String(git.getInputStream().readAllBytes(), UTF_8).strip();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return git.exitValue() == 0 ? out : null;
    }
}
