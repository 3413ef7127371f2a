package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.cli.preview.Workspace;
import org.conditioncontent.cli.preview.Workspace.Page;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview shows of a folder: its article files as validate finds them, without the
 * configuration given with {@code --config} when the folder holds it under another name.
 */
class PreviewCommandTest {

    private static final Path SEED = Path.of("../examples/conditions/nocturnal-leg-cramps.yaml");

    private static final PrintStream NONE = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path folder;

    private Path configuration;
    private final ConditionLoader loader = ConditionLoader.builder().build();

    @BeforeEach
    void aFolderWithItsConfiguration() throws IOException {
        Files.copy(SEED, folder.resolve("nocturnal-leg-cramps.yaml"));
        configuration = folder.resolve("house-rules.yaml");
        Files.writeString(configuration, "rules:\n  reading-level: off\n");
    }

    private List<String> pages(List<Path> roots, Path config) {
        return new Workspace(roots, loader, PreviewCommand.search(loader, config), file -> folder.relativize(file).toString())
                .snapshot().pages().stream().map(Page::name).toList();
    }

    @Test
    void theConfigurationFoundInTheFolderIsNoPage() {
        assertThat(pages(List.of(folder), configuration)).containsExactly("nocturnal-leg-cramps.yaml");
    }

    @Test
    void withoutConfigurationEveryYamlFileIsAPage() {
        assertThat(pages(List.of(folder), null)).containsExactly("house-rules.yaml", "nocturnal-leg-cramps.yaml");
    }

    @Test
    void followLinksReadsALinkOutOfTheFolder(@TempDir Path elsewhere) throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path link = Files.createSymbolicLink(folder.resolve("linked.yaml"), Files.copy(SEED, elsewhere.resolve("shared.yaml")));
        Invocation invocation = new Invocation(new Streams(NONE, NONE), folder, false);

        for (boolean follow : new boolean[] {false, true}) {
            String[] args = follow ? new String[] {"preview", "--follow-links", "."} : new String[] {"preview", "."};
            PreviewCommand command = (PreviewCommand) Main.commandLine(args, invocation).parseArgs(args)
                    .subcommand().commandSpec().userObject();
            try (Plugins opened = Plugins.open(List.of(), invocation)) {
                ArticleFiles found = PreviewCommand.search(command.loader(opened), null).apply(List.of(folder));
                assertThat(found.files()).contains(link);
                assertThat(found.refused().containsKey(link)).as("refused without --follow-links").isEqualTo(!follow);
            }
        }
    }

    @Test
    void theConfigurationNamedDirectlyIsAPage() {
        // The user asked for it by name, as validate reads a file named directly.
        assertThat(pages(List.of(folder, configuration), configuration))
                .containsExactly("house-rules.yaml", "nocturnal-leg-cramps.yaml");
    }
}
