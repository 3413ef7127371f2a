package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report format, byte for byte, on the invalid examples (one file per rule), run from the
 * repository's root as a user would. When the examples or a message change on purpose, run
 * {@code mvn -pl condition-cli test -Dtest=ReportGoldenTest -Dgolden.update=true} and review the
 * diff of the golden files.
 */
class ReportGoldenTest {

    /** The invalid examples, as a user names them from the repository's root. */
    private static final String INVALID = "examples/invalid";

    /** The golden file of a format; the text one is the example the README quotes. */
    private static Path golden(ReportFormat format) {
        Path folder = Path.of("src/test/resources/golden");
        return switch (format) {
            case TEXT -> REPOSITORY.resolve("examples/invalid-report.txt");
            case JSON -> folder.resolve("invalid.json");
            case SARIF -> folder.resolve("invalid.sarif");
            case GITHUB -> folder.resolve("invalid.github.txt");
            case JUNIT -> folder.resolve("invalid.junit.xml");
        };
    }

    private static String report(ReportFormat format) {
        CommandRun run = CommandRun.in(REPOSITORY, "validate", "--report", format, INVALID);
        assertThat(run.exitCode()).as("the examples have errors").isEqualTo(1);
        assertThat(run.err()).isEmpty();
        return run.out().replace(System.lineSeparator(), "\n");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void matchesTheGoldenFile(ReportFormat format) throws IOException {
        // SARIF names the command's version, which changes with every release; the golden file
        // says VERSION in its place (SarifReportTest checks that it is the command's version).
        String report = report(format).replace(
                "\"version\": \"" + ManifestVersion.version() + "\",", "\"version\": \"VERSION\",");
        GoldenFile.assertMatches(golden(format), report);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void isTheSameOnEveryRun(ReportFormat format) {
        assertThat(report(format)).isEqualTo(report(format));
    }

    @Test
    void everyInvalidExampleHasAFinding() throws IOException {
        String text = report(ReportFormat.TEXT);
        List<String> examples;
        try (Stream<Path> files = Files.list(REPOSITORY.resolve(INVALID))) {
            examples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".json")).sorted().toList();
        }

        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            assertThat(text).as(example).contains(INVALID + "/" + example + ":");
        }
        assertThat(text.lines().toList()).last().asString().startsWith(examples.size() + " files, ");
    }
}
