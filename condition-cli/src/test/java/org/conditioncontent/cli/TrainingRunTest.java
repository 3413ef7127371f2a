package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run of the launcher's start-up archive goes through every command and format. */
class TrainingRunTest {

    @TempDir
    Path work;

    @Test
    void exportsTheValidArticlesInEveryFormatAndValidatesTheInvalidOnes() throws IOException {
        Path examples = CommandRun.SEED.getParent();

        int code = TrainingRun.train(work, examples.toString(), List.of(examples.resolveSibling("invalid").toString()));

        assertThat(code).isZero();
        assertThat(work.resolve("export/json/nocturnal-leg-cramps.json")).isNotEmptyFile();
        assertThat(work.resolve("export/html/index.html")).isNotEmptyFile();
        assertThat(work.resolve("export/text/nocturnal-leg-cramps.txt")).isNotEmptyFile();
    }

    @Test
    void failsWhenACommandCannotDoItsJob() throws IOException {
        int code = TrainingRun.train(work, CommandRun.SEED.getParent().toString(), List.of(work.resolve("missing").toString()));

        assertThat(code).isEqualTo(Exit.FAILED);
    }
}
