package org.conditioncontent.loader.internal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThatCode;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact list of files: every file comes back equal to the one added, in order, whatever
 * its folder, name or file system, and the list cannot be changed.
 */
class FileListTest {

    @TempDir
    Path temp;

    @Test
    void filesOfSeveralFoldersComeBackEqualAndInOrder() {
        List<Path> files = List.of(Path.of("/corpus/a/one.json"), Path.of("/corpus/a/two.yaml"), Path.of("/corpus/b/one.json"),
                Path.of("/corpus/a/three.yml"), Path.of("relative/x.json"), Path.of("relative/deeper/y.json"),
                Path.of("/corpus/b/one.json"));
        FileList list = FileList.copyOf(files);

        assertThat(list).containsExactlyElementsOf(files);
        assertThat(list).hasSize(7);
        for (int i = 0; i < files.size(); i++) {
            assertThat(list.get(i)).isEqualTo(files.get(i));
            assertThat(list.get(i).toString()).isEqualTo(files.get(i).toString());
            // Made again from the folder and the name, not kept: that is where the memory goes.
            assertThat(list.get(i)).isNotSameAs(files.get(i));
        }
        assertThat(list).isEqualTo(files);
        assertThat(list.hashCode()).isEqualTo(files.hashCode());
    }

    @Test
    void aFileWithoutAFolderAndTheRootKeepTheirOwnPaths() {
        List<Path> files = List.of(Path.of("alone.json"), Path.of("/corpus/a.json"), Path.of("/"), Path.of("also-alone.yaml"),
                Path.of("/corpus/b.json"));
        FileList list = FileList.copyOf(files);

        assertThat(list).containsExactlyElementsOf(files);
        assertThat(list.get(0)).isSameAs(files.get(0));
        assertThat(list.get(2)).isSameAs(files.get(2));
        assertThat(list.get(4)).isEqualTo(files.get(4));
    }

    @Test
    void namesBeyondAsciiComeBackTheSame() throws IOException {
        List<String> names = List.of("café.json", "straße.yaml", "日本語.json", "emoji-😀.yml", "plain.json");
        // A JVM on Linux names files in its locale's charset: with LANG=C set it cannot name these
        // (with no locale at all the build runs the tests in C.UTF-8, decision 134).
        for (String name : List.of("artículos", String.join("", names))) {
            assumeThatCode(() -> Path.of(name)).as("this JVM can name %s", name).doesNotThrowAnyException();
        }
        Path folder = Files.createDirectories(temp.resolve("artículos"));
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(Files.writeString(folder.resolve(name), "{}"));
        }
        FileList list = FileList.copyOf(files);

        assertThat(list).containsExactlyElementsOf(files);
        for (Path file : list) {
            assertThat(file).exists();
        }
    }

    @Test
    void filesOfAnotherFileSystemComeBackEqual() throws IOException {
        Path zip = temp.resolve("corpus.zip");
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path folder = Files.createDirectories(fs.getPath("/articles/nested"));
            List<Path> files = List.of(Files.writeString(folder.resolve("a.json"), "{}"), Files.writeString(folder.resolve("b.json"), "{}"),
                    Files.writeString(fs.getPath("/articles/c.json"), "{}"));
            FileList list = FileList.copyOf(files);

            assertThat(list).containsExactlyElementsOf(files);
            assertThat(list.get(2).getFileSystem()).isSameAs(fs);
        }
    }

    @Test
    void folderSpellingsThatWindowsTakesForOneFolderComeBackAsEachWasFound() throws IOException {
        // As on Windows, C:\Corpus and C:\corpus are the same folder (equal paths), but a report
        // must name each file as it was found, so a folder spelled otherwise starts a run of its own.
        Configuration windows = Configuration.windows().toBuilder().setPathEqualityUsesCanonicalForm(true).build();
        try (FileSystem fs = Jimfs.newFileSystem(windows)) {
            Path folder = Files.createDirectories(fs.getPath("C:\\Corpus"));
            Path first = Files.writeString(folder.resolve("a.json"), "{}");
            Path second = fs.getPath("C:\\corpus\\b.json");
            Path third = fs.getPath("C:\\CORPUS\\c.json");
            Path fourth = fs.getPath("C:\\corpus\\d.json");
            assertThat(second.getParent()).isEqualTo(first.getParent());
            List<Path> files = List.of(first, second, third, fourth);

            FileList list = FileList.copyOf(files);

            assertThat(list).containsExactlyElementsOf(files);
            for (int i = 0; i < files.size(); i++) {
                assertThat(list.get(i).toString()).isEqualTo(files.get(i).toString());
            }
            assertThat(list.get(1).toString()).isEqualTo("C:\\corpus\\b.json");
        }
    }

    @Test
    void aNameWithAnUnpairedSurrogateKeepsItsOwnPath() throws IOException {
        // Such a name has no UTF-8 form: kept as bytes it would come back as "a?b.json". Windows and
        // file systems in memory allow it; the default one here cannot make it.
        for (Configuration configuration : List.of(Configuration.unix(), Configuration.windows())) {
            try (FileSystem fs = Jimfs.newFileSystem(configuration)) {
                Path folder = Files.createDirectories(fs.getPath("corpus").toAbsolutePath());
                Path broken = folder.resolve("a\uD800b.json");
                Path reversed = folder.resolve("c\uDC00\uD800.json");
                Path plain = folder.resolve("plain.json");
                Path accented = folder.resolve("café.json");
                List<Path> files = List.of(plain, broken, accented, reversed, plain);

                FileList list = FileList.copyOf(files);

                assertThat(list).as(configuration.toString()).containsExactlyElementsOf(files);
                assertThat(list.get(1)).isSameAs(broken);
                assertThat(list.get(3)).isSameAs(reversed);
                for (int i = 0; i < files.size(); i++) {
                    assertThat(list.get(i).toString()).isEqualTo(files.get(i).toString());
                    assertThat(list.get(i).getFileSystem()).isSameAs(fs);
                }
            }
        }
    }

    @Test
    void theListCannotBeChanged() {
        FileList list = FileList.copyOf(List.of(Path.of("/corpus/a.json")));

        assertThatThrownBy(() -> list.add(Path.of("/corpus/b.json"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, Path.of("/corpus/b.json"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.append(Path.of("/corpus/b.json"))).isInstanceOf(IllegalStateException.class);
        assertThat(list).containsExactly(Path.of("/corpus/a.json"));
    }

    @Test
    void aFrozenListIsNotCopiedAgainButAListStillGrowingIs() {
        FileList growing = new FileList();
        growing.append(Path.of("/corpus/a.json"));
        FileList copy = FileList.copyOf(growing);
        growing.append(Path.of("/corpus/b.json"));

        assertThat(copy).isNotSameAs(growing).containsExactly(Path.of("/corpus/a.json"));
        assertThat(FileList.copyOf(copy)).isSameAs(copy);
        assertThat(growing.freeze()).containsExactly(Path.of("/corpus/a.json"), Path.of("/corpus/b.json"));
    }

    @Test
    void nullsAndMissingIndexesAreRefused() {
        List<Path> withNull = new ArrayList<>();
        withNull.add(Path.of("/corpus/a.json"));
        withNull.add(null);
        FileList list = FileList.copyOf(List.of(Path.of("/corpus/a.json")));

        assertThatThrownBy(() -> FileList.copyOf(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anotherThreadReadsEveryFilePublishedWhileTheListGrows() throws InterruptedException {
        // As ParallelLoad does: the adding thread publishes a count through a volatile write after
        // each file; a reader reads files below the count it saw, while the arrays are grown.
        int count = 50_000;
        FileList list = new FileList();
        AtomicInteger published = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                int next = 0;
                while (next < count) {
                    int available = published.get();
                    for (; next < available; next++) {
                        Path expected = Path.of("/corpus/folder-" + next / 1000, "file-" + next + ".json");
                        if (!list.published(next).equals(expected)) {
                            throw new AssertionError("file " + next + " read as " + list.published(next));
                        }
                    }
                }
            } catch (Throwable e) { // the test thread reports it
                failure.set(e);
            }
        });
        reader.start();
        for (int i = 0; i < count; i++) {
            list.append(Path.of("/corpus/folder-" + i / 1000, "file-" + i + ".json"));
            published.set(i + 1);
        }
        reader.join();

        assertThat(failure.get()).isNull();
        assertThat(list.freeze()).hasSize(count);
    }
}
