package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFilesTest {

    @TempDir
    Path dir;

    private long entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void writesNothingVisibleUntilCommitted() throws IOException {
        Path a = dir.resolve("a.txt");
        try (StagedFiles files = new StagedFiles()) {
            files.stage(a, w -> w.write("é"));
            assertThat(a).doesNotExist();
            files.commit();
        }
        assertThat(Files.readString(a)).isEqualTo("é");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "good");
        try (StagedFiles files = new StagedFiles()) {
            assertThatThrownBy(() -> files.stage(a, w -> {
                w.write("half of it");
                throw new IOException("disk full");
            }))
                    .isInstanceOf(CommandFailure.class)
                    .hasMessage("cannot write " + a + ": disk full");
        }
        assertThat(Files.readString(a)).isEqualTo("good");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void closingWithoutCommitRemovesWhatWasStagedAndTheFoldersMadeForIt() throws IOException {
        Path deep = dir.resolve("x/y/z.txt");
        try (StagedFiles files = new StagedFiles()) {
            files.stage(deep, w -> w.write("z"));
            assertThat(deep.getParent()).isDirectory();
        }
        assertThat(entries(dir)).isZero();
    }

    @Test
    void keepsFoldersThatExistedBefore() throws IOException {
        Path existing = Files.createDirectories(dir.resolve("kept"));
        try (StagedFiles files = new StagedFiles()) {
            files.stage(existing.resolve("a.txt"), w -> w.write("a"));
        }
        assertThat(existing).isEmptyDirectory();
    }

    @Test
    void refusesToStageOneFileTwice() {
        Path a = dir.resolve("a.txt");
        try (StagedFiles files = new StagedFiles()) {
            files.stage(a, w -> w.write("a"));
            assertThatThrownBy(() -> files.stage(a, w -> w.write("b"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFolderInTheWayFailsTheCommitAndKeepsIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a.txt"));
        try (StagedFiles files = new StagedFiles()) {
            files.stage(folder, w -> w.write("a"));
            assertThatThrownBy(files::commit).isInstanceOf(CommandFailure.class).hasMessageStartingWith("cannot write " + folder + ": ");
        }
        assertThat(folder).isEmptyDirectory();
        assertThat(entries(dir)).isEqualTo(1);
    }
}
