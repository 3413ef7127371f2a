package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.cli.preview.Workspace;
import org.conditioncontent.cli.preview.Workspace.Page;
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
    void theConfigurationNamedDirectlyIsAPage() {
        // The user asked for it by name, as validate reads a file named directly.
        assertThat(pages(List.of(folder, configuration), configuration))
                .containsExactly("house-rules.yaml", "nocturnal-leg-cramps.yaml");
    }
}
