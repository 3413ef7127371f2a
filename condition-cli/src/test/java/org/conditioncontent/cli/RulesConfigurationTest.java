package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config FILE} and the {@code conditions.yaml} of the working directory. */
class RulesConfigurationTest {

    /** An article whose only finding is an https warning. */
    private static final Path HTTPS = REPOSITORY.resolve("examples/invalid/https.yaml");

    @TempDir
    Path dir;

    /** Where exports go: outside {@link #dir}, whose article an export may not write beside. */
    @TempDir
    Path exports;

    @BeforeEach
    void copyTheArticle() throws IOException {
        Files.copy(HTTPS, dir.resolve("https.yaml"));
    }

    private Path config(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void withoutAConfigurationRulesHaveTheirDefaultSeverity() {
        CommandRun run = CommandRun.in(dir, "validate", "https.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(
                run.outLines().get(0), "1 files, 0 errors, 1 warnings");
        assertThat(run.outLines().get(0)).startsWith("https.yaml:").contains(": warning: ").endsWith("[https]");
    }

    @Test
    void findsConditionsYamlInTheWorkingDirectory() throws IOException {
        config("conditions.yaml", "rules:\n  https: error\n");

        CommandRun run = CommandRun.in(dir, "validate", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines().get(0)).startsWith("https.yaml:").contains(": error: ").endsWith("[https]");
        assertThat(run.outLines()).last().isEqualTo("1 files, 1 errors, 0 warnings");
    }

    @Test
    void findsConditionsYmlInTheWorkingDirectoryWhenThereIsNoConditionsYaml() throws IOException {
        config("conditions.yml", "rules:\n  https: error\n");

        CommandRun validate = CommandRun.in(dir, "validate", "https.yaml");
        CommandRun rules = CommandRun.in(dir, "rules");

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.outLines().get(0)).startsWith("https.yaml:").contains(": error: ").endsWith("[https]");
        assertThat(rules.outLines()).anySatisfy(line -> assertThat(line).matches("https +error +.+"));
    }

    @Test
    void conditionsYamlAndConditionsYmlTogetherAreRefusedNamingBoth() throws IOException {
        config("conditions.yaml", "rules:\n  https: error\n");
        config("conditions.yml", "rules:\n  https: off\n");
        Path out = exports.resolve("out");

        for (CommandRun run : new CommandRun[] {
            CommandRun.in(dir, "validate", "https.yaml"),
            CommandRun.in(dir, "export", "--out", out, "https.yaml"),
            CommandRun.in(dir, "rules")
        }) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.errLines()).containsExactly("conditions: both conditions.yaml and conditions.yml are in the current folder,"
                    + " and only one can configure the rules; remove one of them, or name the one to use with --config");
            assertThat(run.out()).isEmpty();
        }
        assertThat(CommandRun.in(dir, "validate", "--config", "conditions.yml", "https.yaml").outLines())
                .containsExactly("1 files, 0 errors, 0 warnings");
    }

    @Test
    void anEmptyOrCommentedOutConditionsYamlLeavesTheRulesAtTheirDefaults() throws IOException {
        for (String text : new String[] {"", "# every rule at its default for now\n# rules:\n#   https: error\n"}) {
            config("conditions.yaml", text);

            CommandRun run = CommandRun.in(dir, "validate", "https.yaml");

            assertThat(run.exitCode()).as(text).isZero();
            assertThat(run.err()).as(text).isEmpty();
            assertThat(run.outLines()).as(text).last().isEqualTo("1 files, 0 errors, 1 warnings");
        }
    }

    @Test
    void anOptionsMistakeIsReportedAtTheOptionsLine() throws IOException {
        Path file = config("house.yaml", "rules:\n  https:\n    severity: error\n    bogus: 3\n");

        CommandRun run = CommandRun.in(dir, "validate", "--config", "house.yaml", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(file + ":4:5: error: Rule https has no option \"bogus\"; it has no options [unknown-field]");
    }

    @Test
    void theConfigOptionWinsOverConditionsYaml() throws IOException {
        config("conditions.yaml", "rules:\n  https: error\n");
        config("quiet.yaml", "rules:\n  https: off\n");

        CommandRun run = CommandRun.in(dir, "validate", "--config", "quiet.yaml", "https.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("1 files, 0 errors, 0 warnings");
    }

    @Test
    void anUnknownRuleIdIsAConfigurationErrorAtItsPosition() throws IOException {
        Path file = config("house.yaml", "# house style\nrules:\n  sentence-lenght: off\n");

        CommandRun run = CommandRun.in(dir, "validate", "--config", "house.yaml", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(file + ":3:3: error: No editorial rule has the id \"sentence-lenght\"; "
                + "did you mean \"sentence-length\"? [unknown-field]");
    }

    @Test
    void aBadConditionsYamlStopsEveryCommandThatUsesIt() throws IOException {
        Path file = config("conditions.yaml", "rules:\n  https: loud\n");
        Path out = exports.resolve("out");

        for (CommandRun run : new CommandRun[] {
            CommandRun.in(dir, "validate", "https.yaml"),
            CommandRun.in(dir, "export", "--out", out, "https.yaml"),
            CommandRun.in(dir, "render", "--format", "text", "https.yaml"),
            CommandRun.in(dir, "rules")
        }) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith(file + ":2:10: error: \"loud\" is not a severity").endsWith("[unknown-value]");
            assertThat(run.out()).isEmpty();
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingConfigFileIsAMissingPath() {
        CommandRun run = CommandRun.in(dir, "validate", "--config", "missing.yaml", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("conditions: no such file or folder: missing.yaml");
    }

    @Test
    void aMalformedConfigFileIsReportedWhereItBreaks() throws IOException {
        Path file = config("broken.yaml", "rules:\n  https: [error\n");

        CommandRun run = CommandRun.in(dir, "validate", "--config", "broken.yaml", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(file + ":").contains(": error: "));
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void exportChecksTheConfiguredRules() throws IOException {
        config("conditions.yaml", "rules:\n  https: error\n");
        Path out = exports.resolve("out");

        CommandRun run = CommandRun.in(dir, "export", "--out", out, "https.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).contains(": error: ").endsWith("[https]"));
        assertThat(out).doesNotExist();
        assertThat(CommandRun.in(dir, "export", "--out", out, "--config", config("lenient.yaml", "rules: {}\n"), "https.yaml").exitCode())
                .isZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).isNotEmpty();
        }
    }

    @Test
    void rulesListsTheConfiguredSeveritiesAndLeavesOutRulesTurnedOff() throws IOException {
        config("conditions.yaml", "rules:\n  https: error\n  sentence-length: off\n");

        CommandRun configured = CommandRun.in(dir, "rules");
        CommandRun defaults = CommandRun.of("rules");

        assertThat(configured.exitCode()).isZero();
        assertThat(configured.outLines()).anySatisfy(line -> assertThat(line).matches("https +error +.+"))
                .noneSatisfy(line -> assertThat(line).startsWith("sentence-length "));
        assertThat(defaults.outLines()).anySatisfy(line -> assertThat(line).matches("https +warning +.+"))
                .anySatisfy(line -> assertThat(line).startsWith("sentence-length "));
        assertThat(configured.outLines()).hasSize(defaults.outLines().size() - 1);
    }

    @Test
    void aConditionsYamlThatIsAFolderIsNotIgnored() throws IOException {
        Files.createDirectory(dir.resolve("conditions.yaml"));

        CommandRun run = CommandRun.in(dir, "validate", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("conditions.yaml:1:1: error: The rules configuration is a folder, not a file [file-unreadable]");
    }

    @Test
    void aConditionsYamlLinkThatLeadsNowhereIsNotIgnored() throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Files.createSymbolicLink(dir.resolve("conditions.yaml"), Path.of("shared/conditions.yaml"));

        CommandRun run = CommandRun.in(dir, "validate", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The rules configuration does not exist (it is a symbolic link that leads nowhere)");
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aNamedPipeAsTheConfigurationIsRefusedWithoutBlocking() throws IOException, InterruptedException {
        Path fifo = dir.resolve("house.yaml");
        org.assertj.core.api.Assumptions.assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        CommandRun run = CommandRun.in(dir, "validate", "--config", "house.yaml", "https.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("house.yaml:1:1: error: The rules configuration is not a regular file");
    }
}
