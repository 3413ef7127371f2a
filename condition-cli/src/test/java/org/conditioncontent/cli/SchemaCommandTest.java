package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/** {@code conditions schema}: prints the schemas the repository keeps under schema/. */
class SchemaCommandTest {

    @Test
    void printsTheArticleSchemaOfTheCurrentFormatVersion() throws IOException {
        CommandRun run = CommandRun.of("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(REPOSITORY.resolve("schema/condition-article-" + Condition.FORMAT_VERSION
                + ".schema.json"), UTF_8));
        assertThat(CommandRun.of("schema", "--format-version", Condition.FORMAT_VERSION).out()).isEqualTo(run.out());
    }

    @Test
    void printsFormatOnesSchemaForTheFilesNotYetMigrated() throws IOException {
        CommandRun run = CommandRun.of("schema", "--format-version", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(REPOSITORY.resolve("schema/condition-article-1.schema.json"), UTF_8))
                .contains("\"riskFactors\"").doesNotContain("\"body\"");
    }

    @Test
    void printsTheRulesConfigSchema() throws IOException {
        CommandRun run = CommandRun.of("schema", "--rules-config");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(REPOSITORY.resolve("schema/conditions-config.schema.json"), UTF_8));
    }

    @Test
    void refusesAFormatVersionTheLoaderDoesNotRead() {
        CommandRun run = CommandRun.of("schema", "--format-version", Condition.FORMAT_VERSION + 1);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("there is no format version " + (Condition.FORMAT_VERSION + 1)
                + "; this version of Condition Content reads versions 1, 2");
        assertThat(run.out()).isEmpty();
        assertThat(CommandRun.of("schema", "--rules-config", "--format-version", "1").exitCode()).isEqualTo(2);
    }

    @Test
    void previewRefusesABadPortAndAMissingPathBeforeStarting() {
        CommandRun port = CommandRun.of("preview", "--port", "70000", "../examples/conditions");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("--port must be from 0 to 65535");
        CommandRun missing = CommandRun.of("preview", "--port", "0", "no/such/folder");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such/folder");
    }
}
