package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    /**
     * Stopped while staging (the shutdown hook on SIGTERM or Ctrl-C): the temporary files go, no
     * file is replaced, and the user is told so. Before, they were left beside the articles.
     */
    @Test
    void stoppedWhileStagingDeletesTheTemporaryFilesAndReplacesNothing() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "old a");
        Path b = Files.writeString(dir.resolve("b.txt"), "old b");
        java.util.List<String> said = new java.util.ArrayList<>();
        try (StagedFiles files = new StagedFiles(said::add)) {
            files.stage(a, w -> w.write("new a"));
            files.stage(b, w -> w.write("new b"));
            files.stop();
            assertThat(entries(dir)).as("no temporary file left").isEqualTo(2);
            assertThatThrownBy(files::commit).isInstanceOf(CommandFailure.class).hasMessageContaining("stopped before");
            assertThatThrownBy(() -> files.stage(dir.resolve("c.txt"), w -> w.write("c"))).isInstanceOf(CommandFailure.class);
        }
        assertThat(said).containsExactly("stopped before any file was replaced: every file is as it was");
        assertThat(Files.readString(a)).isEqualTo("old a");
        assertThat(Files.readString(b)).isEqualTo("old b");
        assertThat(entries(dir)).isEqualTo(2);
    }

    /**
     * Stopped while replacing: the move under way finishes and no other starts; each file is new
     * or old, whole, no temporary file is left, and the count the user is told is the count of
     * files replaced (whenever the stop comes, this holds).
     */
    @Test
    void stoppedWhileReplacingLeavesEachFileWholeAndSaysHowManyWereReplaced() throws Exception {
        int count = 2000;
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (StagedFiles files = new StagedFiles(said::add)) {
            for (int i = 0; i < count; i++) {
                Path file = Files.writeString(dir.resolve("f" + i + ".txt"), "old " + i);
                int n = i;
                files.stage(file, w -> w.write("new " + n));
            }
            Thread committing = new Thread(() -> {
                try {
                    files.commit();
                } catch (CommandFailure stopped) {
                    // expected when the stop comes first
                }
            });
            committing.start();
            Path firstFile = dir.resolve("f0.txt");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.readString(firstFile).startsWith("new") && committing.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // stopped once the first file is replaced: partway, most often
            }
            files.stop();
            committing.join(30_000);
        }
        int replaced = 0;
        for (int i = 0; i < count; i++) {
            String text = Files.readString(dir.resolve("f" + i + ".txt"));
            assertThat(text).isIn("old " + i, "new " + i);
            replaced += text.startsWith("new") ? 1 : 0;
        }
        assertThat(entries(dir)).as("no temporary file left").isEqualTo(count);
        if (replaced < count) {
            assertThat(said).containsExactly(replaced == 0 ? "stopped before any file was replaced: every file is as it was"
                    : "stopped after replacing " + replaced + " of " + count + " files; the others are as they were,"
                            + " each file whole: run the command again to finish");
        } else {
            assertThat(said).as("all replaced before the stop: nothing to say").isEmpty();
        }
    }

    /** Run as root, a file replaced keeps its owner and group: root would otherwise take the user's files. */
    @Test
    void aFileReplacedKeepsItsOwnerAndGroupWhereTheyMayBeSet() throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(System.getProperty("user.name")).as("only root may give a file away").isEqualTo("root");
        Path a = Files.writeString(dir.resolve("a.txt"), "old");
        java.nio.file.attribute.UserPrincipalLookupService users = a.getFileSystem().getUserPrincipalLookupService();
        java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(a, java.nio.file.attribute.PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName("1234"));
        view.setGroup(users.lookupPrincipalByGroupName("5678"));
        try (StagedFiles files = new StagedFiles()) {
            files.stage(a, w -> w.write("new"));
            files.commit();
        }
        assertThat(Files.readString(a)).isEqualTo("new");
        assertThat(Files.getAttribute(a, "unix:uid")).isEqualTo(1234);
        assertThat(Files.getAttribute(a, "unix:gid")).isEqualTo(5678);
    }

    /** A name near the file system's limit of 255 bytes: the temporary name would be too long with the additions. */
    @Test
    void aFileWithANameNearTheLimitIsWritten() throws IOException {
        Path a = dir.resolve("a".repeat(245) + ".yaml");
        Files.writeString(a, "old");
        try (StagedFiles files = new StagedFiles()) {
            files.stage(a, w -> w.write("new"));
            files.commit();
        }
        assertThat(Files.readString(a)).isEqualTo("new");
        assertThat(entries(dir)).isEqualTo(1);
    }

    /**
     * The signal's flag seen by the commit, whose close gets the lock before the hook: the close
     * says how many files were replaced, since the JVM halts once the hook is done and the main
     * thread's own message may never be printed. CI saw such a run end with 66 files replaced and
     * nothing said.
     */
    @Test
    void whenTheCloseDeletesTheFilesBeforeTheHookTheCloseSaysHowMany() throws Exception {
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        StagedFiles files = new StagedFiles(said::add);
        files.stage(dir.resolve("a.txt"), w -> w.write("a"));
        files.stage(dir.resolve("b.txt"), w -> w.write("b"));
        Thread hook = new Thread(files::stop);
        synchronized (files) { // as the commit's thread holds it when the signal comes
            hook.start();
            while (hook.getState() != Thread.State.BLOCKED && hook.isAlive()) {
                Thread.onSpinWait(); // the flag is set; the hook waits for the lock
            }
            assertThatThrownBy(files::commit).isInstanceOf(CommandFailure.class);
            files.close();
            assertThat(said).containsExactly("stopped before any file was replaced: every file is as it was");
        }
        hook.join(30_000);
        assertThat(said).as("said once").hasSize(1);
        assertThat(entries(dir)).isZero();
    }
}
