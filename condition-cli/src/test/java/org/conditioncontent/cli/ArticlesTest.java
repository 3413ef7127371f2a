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

    /**
     * export loads while the folders are searched, as validate checks (decision 80), and puts the
     * results back in file order: what it keeps must be what the loader's own loadAll of the files
     * found keeps, file by file, over folders deep and wide enough for the loading to run during
     * the search, with a configuration under another name passed over and a link out refused.
     */
    @Test
    void loadingWhileSearchingKeepsWhatTheLoaderLoadsInFileOrder() throws IOException {
        Path corpus = mixedCorpus();
        String seed = Files.readString(CommandRun.SEED);
        for (int f = 0; f < 12; f++) {
            Path sub = Files.createDirectories(corpus.resolve("part-" + (char) ('a' + (f * 7) % 12)).resolve("deeper-" + f % 3));
            for (int i = 0; i < 25; i++) {
                // Names that sort differently as strings and as paths ("x-1" before "x.yaml"), in no creation order.
                String id = "article-" + f + "-" + (24 - i);
                Files.writeString(sub.resolve(id + (i % 5 == 0 ? "-1.yaml" : ".yaml")),
                        i % 9 == 4 ? seed.replace("id: nocturnal-leg-cramps", "id: " + id).replace("title:", "titel:")
                                : seed.replace("id: nocturnal-leg-cramps", "id: " + id));
            }
        }
        Path configuration = Files.writeString(corpus.resolve("part-b/house.yaml"), "rules: {}\n");
        Path outside = Files.writeString(folder.resolve("outside.yaml"), seed);
        Files.createSymbolicLink(corpus.resolve("part-c/link.yaml"), outside);

        CorpusResult loaded = Articles.loadAll(LOADER, List.of(corpus), in(Path.of("")), configuration);
        CorpusResult expected = LOADER.loadAll(Articles.passOver(LOADER.find(List.of(corpus)), List.of(corpus), configuration));

        assertThat(loaded.files()).hasSize(5 + 12 * 25 + 1);
        assertThat(loaded.files()).extracting(f -> f.source()).doesNotContain(configuration.toString())
                .contains(corpus.resolve("part-c/link.yaml").toString());
        assertThat(loaded.files()).containsExactlyElementsOf(expected.files());
        assertThat(loaded.diagnostics()).containsExactlyElementsOf(expected.diagnostics());
        assertThat(loaded.conditions()).hasSize(expected.conditions().size()).isNotEmpty();
    }

    @Test
    void aMissingPathIsACommandFailure() {
        assertThatThrownBy(() -> Articles.checkAll(LOADER, List.of(folder.resolve("absent")), in(Path.of("")), null))
                .isInstanceOf(CommandFailure.class)
                .hasMessageContaining("absent");
    }
}
