package org.conditioncontent.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThatCode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deleting an export's folder tree: every file goes, on several threads, and no link is followed out. */
class FolderTreeTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "by name in the listed folder: {0}")
    @ValueSource(booleans = {true, false})
    void deletingABigTreeRemovesEveryFileAndFolderButNothingALinkLeadsTo(boolean byName, @TempDir Path elsewhere) throws IOException {
        // More files than one thread deletes alone, in nested folders, with links to a file and a
        // folder outside the tree: the links go, what they lead to stays. Both ways of deleting:
        // by name where the platform lists a folder securely (Linux), by path where it cannot.
        Path kept = Files.writeString(elsewhere.resolve("kept.txt"), "not the export's");
        Path keptFolder = Files.createDirectories(elsewhere.resolve("folder"));
        Files.writeString(keptFolder.resolve("inside.txt"), "not the export's either");
        Path tree = out.resolve("old");
        for (int i = 0; i < 3 * FolderTree.DELETERS * 40; i++) {
            write("old/" + List.of("html", "json", "text/deeper").get(i % 3) + "/a-" + i + ".txt", "old " + i);
        }
        assumeThatCode(() -> {
            Files.createSymbolicLink(tree.resolve("html/link-to-file"), kept);
            Files.createSymbolicLink(tree.resolve("json/link-to-folder"), keptFolder);
        }).doesNotThrowAnyException();

        FolderTree.delete(tree, byName);

        assertThat(files()).isEmpty();
        assertThat(kept).hasContent("not the export's");
        assertThat(keptFolder.resolve("inside.txt")).hasContent("not the export's either");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-export-"));
    }

    @Test
    void deletingATreeWhoseRootIsALinkDeletesTheLinkOnly(@TempDir Path elsewhere) throws IOException {
        Path folder = Files.createDirectories(elsewhere.resolve("folder"));
        Files.writeString(folder.resolve("inside.txt"), "not the export's");
        Path link = out.resolve("link");
        assumeThatCode(() -> Files.createSymbolicLink(link, folder)).doesNotThrowAnyException();

        FolderTree.delete(link);

        assertThat(files()).isEmpty();
        assertThat(folder.resolve("inside.txt")).hasContent("not the export's");
    }

    @Test
    void deletingAFileDeletesIt() throws IOException {
        write("a.txt", "one file");

        FolderTree.delete(out.resolve("a.txt"));

        assertThat(files()).isEmpty();
    }

    @Test
    void deletingATreeThatIsNotThereDoesNothing() throws IOException {
        write("kept.txt", "the user's");

        FolderTree.delete(out.resolve("missing"));

        assertThat(files()).containsExactly("kept.txt");
    }

    @Test
    void aNullRootIsRefusedByName() {
        assertThatThrownBy(() -> FolderTree.delete(null)).isInstanceOf(NullPointerException.class).hasMessage("root must not be null");
    }

    private void write(String relative, String text) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file and folder in the output folder, folders ending in {@code /}, sorted. */
    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(p -> !p.equals(out))
                    .map(p -> out.relativize(p).toString().replace(File.separatorChar, '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        }
    }
}
