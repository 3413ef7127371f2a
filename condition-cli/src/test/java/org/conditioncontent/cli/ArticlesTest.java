package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} checks files without keeping their articles ({@link Articles#checkAll});
 * {@code export} loads and keeps them ({@link Articles#loadAll}). Both must see the same files in
 * the same order and report the same findings under the same names, or a report would change with
 * the command that made it.
 */
class ArticlesTest {

    private static final ConditionLoader LOADER = ConditionLoader.builder().rules(RuleSet.defaults()).build();

    @TempDir
    Path folder;

    private static Invocation in(Path workingDirectory) {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        return new Invocation(new Streams(none, none), workingDirectory, false);
    }

    private static void assertSameAsLoading(List<Path> paths, Invocation invocation) {
        CorpusResult loaded = Articles.loadAll(LOADER, paths, invocation, null);
        ValidationReport checked = Articles.checkAll(LOADER, paths, invocation, null);

        assertThat(checked.files()).containsExactlyElementsOf(loaded.files().stream().map(f -> f.source()).toList());
        assertThat(checked.diagnostics()).containsExactlyElementsOf(loaded.diagnostics());
        assertThat(checked.rules()).isEqualTo(LOADER.rules());
    }

    /** A folder with valid and invalid files, a duplicate id and an unknown related id. */
    private Path mixedCorpus() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        String seed = Files.readString(CommandRun.SEED);
        Files.writeString(corpus.resolve("b-seed.yaml"), seed);
        Files.writeString(corpus.resolve("a-same-id.yaml"), seed); // the seed's id twice
        Files.writeString(corpus.resolve("c-related.yaml"), seed.replace("id: nocturnal-leg-cramps", "id: other")
                + "related:\n  - no-such-article\n");
        Files.copy(CommandRun.FIXTURES.resolve("missing-title.yaml"), corpus.resolve("d-missing-title.yaml"));
        Files.createDirectories(corpus.resolve("nested"));
        Files.copy(CommandRun.FIXTURES.resolve("unknown-field.yaml"), corpus.resolve("nested/e-unknown-field.yaml"));
        return corpus;
    }

    @Test
    void checkingFindsWhatLoadingFinds() throws IOException {
        Path corpus = mixedCorpus();
        ValidationReport checked = Articles.checkAll(LOADER, List.of(corpus), in(Path.of("")), null);

        assertThat(checked.files()).hasSize(5);
        assertThat(checked.diagnostics()).extracting(d -> d.rule())
                .contains("duplicate-id", "unknown-related", "required", "unknown-field");
        assertSameAsLoading(List.of(corpus), in(Path.of("")));
    }

    @Test
    void namesFilesAsGivenFromAnotherWorkingDirectory() throws IOException {
        mixedCorpus();
        Invocation invocation = in(folder);
        ValidationReport checked = Articles.checkAll(LOADER, List.of(Path.of("corpus")), invocation, null);

        assertThat(checked.files()).first().isEqualTo(Path.of("corpus", "a-same-id.yaml").toString());
        assertThat(checked.diagnostics()).allSatisfy(d -> assertThat(d.source()).startsWith("corpus"));
        assertSameAsLoading(List.of(Path.of("corpus")), invocation);
    }

    @Test
    void keepsTheOrderOfThePathsGiven() throws IOException {
        Path corpus = mixedCorpus();
        List<Path> paths = List.of(corpus.resolve("nested"), corpus.resolve("b-seed.yaml"), CommandRun.SEED.toAbsolutePath());
        ValidationReport checked = Articles.checkAll(LOADER, paths, in(Path.of("")), null);

        assertThat(checked.files()).containsExactly(corpus.resolve("nested/e-unknown-field.yaml").toString(),
                corpus.resolve("b-seed.yaml").toString(), CommandRun.SEED.toAbsolutePath().toString());
        assertSameAsLoading(paths, in(Path.of("")));
    }

    @Test
    void aMissingPathIsACommandFailure() {
        assertThatThrownBy(() -> Articles.checkAll(LOADER, List.of(folder.resolve("absent")), in(Path.of("")), null))
                .isInstanceOf(CommandFailure.class)
                .hasMessageContaining("absent");
    }
}
