package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's one-step swap and its journal, state by state: what a kill at each moment leaves,
 * and what the next export makes of it. {@code ExportKillIT} kills real exports; this test builds
 * each state by hand, so that every one is covered every time.
 */
class StagedExportTest {

    @TempDir
    Path out;

    private final List<String> said = new ArrayList<>();

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> !p.equals(out))
                    .map(p -> out.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    private String read(String relative) throws IOException {
        return Files.readString(out.resolve(relative), UTF_8);
    }

    @Test
    void commitSwapsEachFolderWholeAndLeavesNothingBehind() throws IOException {
        write("html/old-only.html", "old");
        write("html/kept.html", "old");
        write("notes.txt", "not the export's");

        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stage("html/kept.html", w -> w.write("new"));
            export.stage("json/kept.json", w -> w.write("{}"));
            export.commit(List.of("html", "json"));
        }

        assertThat(files()).containsExactly("html/", "html/kept.html", "json/", "json/kept.json", "notes.txt");
        assertThat(read("html/kept.html")).isEqualTo("new");
        assertThat(said).isEmpty();
    }

    @Test
    void anExportIntoAFolderThatAnotherRunningExportWritesIsRefusedAndChangesNothing() throws IOException {
        // Another process (the build tool that runs these tests stands in for it) is exporting.
        ProcessHandle other = ProcessHandle.current().parent().orElse(null);
        org.assertj.core.api.Assumptions.assumeThat(other).isNotNull();
        write(".conditions-export/owner", other.pid() + " -\n");
        write(".conditions-export/new/html/a.html", "being written");
        write("html/a.html", "old");

        assertThatThrownBy(() -> StagedExport.open(out, said::add)).isInstanceOf(CommandFailure.class)
                .hasMessage("another export into " + out + " is running (process " + other.pid() + "); wait for it to end, or,"
                        + " if none is running, delete " + out.resolve(".conditions-export"));

        assertThat(files()).containsExactly(".conditions-export/", ".conditions-export/new/", ".conditions-export/new/html/",
                ".conditions-export/new/html/a.html", ".conditions-export/owner", "html/", "html/a.html");
        assertThat(said).isEmpty();
    }

    @Test
    void aSecondExportOfThisProcessIntoTheSameFolderIsRefusedUntilTheFirstEnds() throws IOException {
        write("html/a.html", "old");
        try (StagedExport first = StagedExport.open(out, said::add)) {
            first.stage("html/a.html", w -> w.write("new"));

            // As two modules of one build on two threads would: the mark names this process for
            // both, and the first export's files must not be taken for an interrupted export's.
            assertThatThrownBy(() -> StagedExport.open(out, said::add)).isInstanceOf(CommandFailure.class)
                    .hasMessage("another export into " + out + " is running in this process (" + ProcessHandle.current().pid()
                            + "); give each export a folder of its own, or run them one after the other");

            first.commit(List.of("html"));
        }
        assertThat(read("html/a.html")).isEqualTo("new");

        try (StagedExport next = StagedExport.open(out, said::add)) {
            next.stage("html/a.html", w -> w.write("newer"));
            next.commit(List.of("html"));
        }
        assertThat(files()).containsExactly("html/", "html/a.html");
        assertThat(read("html/a.html")).isEqualTo("newer");
        assertThat(said).isEmpty();
    }

    @Test
    void theWorkspaceIsMarkedAsThisProcesssWhileTheExportRuns() throws IOException {
        try (StagedExport export = StagedExport.open(out, said::add)) {
            assertThat(read(".conditions-export/owner")).startsWith(ProcessHandle.current().pid() + " ");
            export.stage("html/a.html", w -> w.write("new"));
            export.commit(List.of("html"));
        }

        assertThat(files()).containsExactly("html/", "html/a.html");
    }

    @Test
    void aFailureBeforeTheSwapChangesNothing() throws IOException {
        write("html/a.html", "old");

        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            assertThatThrownBy(() -> export.stage("html/b.html", w -> {
                throw new IOException("No space left on device");
            })).isInstanceOf(CommandFailure.class).hasMessageContaining("No space left on device");
        }

        assertThat(files()).containsExactly("html/", "html/a.html");
        assertThat(read("html/a.html")).isEqualTo("old");
    }

    @Test
    void aFailureBeforeTheSwapRemovesTheFoldersTheExportMade() throws IOException {
        Path nested = out.resolve("site/exports");

        try (StagedExport export = StagedExport.open(nested, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            assertThatThrownBy(() -> export.stage("html/b.html", w -> {
                throw new OutOfMemoryError("Java heap space");
            })).isInstanceOf(OutOfMemoryError.class);
        }

        assertThat(files()).isEmpty(); // neither site/ nor site/exports/ is left; out/ was there before
    }

    @Test
    void aSignalWhileStagingRemovesTheFoldersTheExportMade() throws IOException {
        Path nested = out.resolve("site/exports");

        try (StagedExport export = StagedExport.open(nested, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            export.interrupted(); // what the shutdown hook does on SIGTERM or SIGINT
            assertThat(out.resolve("site")).doesNotExist();
        }

        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderTheExportMadeThatGotAFileMeanwhileIsKeptWithItsParents() throws IOException {
        Path nested = out.resolve("site/exports");

        try (StagedExport export = StagedExport.open(nested, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            write("site/exports/notes.txt", "someone else's");
        }

        assertThat(files()).containsExactly("site/", "site/exports/", "site/exports/notes.txt");
    }

    @Test
    void aSignalWhileStagingDeletesTheWorkspaceAndStopsTheExport() throws IOException {
        write("html/a.html", "old");

        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            export.interrupted(); // what the shutdown hook does on SIGTERM or SIGINT
            assertThat(out.resolve(StagedExport.WORKSPACE)).doesNotExist();
            assertThatThrownBy(() -> export.stage("html/b.html", w -> w.write("new")))
                    .isInstanceOf(CommandFailure.class).hasMessageContaining("stopped");
            assertThatThrownBy(() -> export.commit(List.of("html"))).isInstanceOf(CommandFailure.class);
        }

        assertThat(files()).containsExactly("html/", "html/a.html");
        assertThat(read("html/a.html")).isEqualTo("old");
    }

    @Test
    void aSignalAfterTheCommitFindsNothingToUndo() throws IOException {
        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            export.commit(List.of("html"));
            export.interrupted();
        }

        assertThat(files()).containsExactly("html/", "html/a.html");
    }

    @Test
    void theNextExportFinishesASwapKilledHalfway() throws IOException {
        // Killed after html was swapped and json moved aside, before the new json moved in.
        write(".conditions-export/journal", "html\njson\ntext\nend\n");
        write("html/a.html", "new");
        write(".conditions-export/old/html/a.html", "old");
        write(".conditions-export/old/json/a.json", "old");
        write(".conditions-export/new/json/a.json", "new");
        write(".conditions-export/new/text/a.txt", "new");
        write("text/a.txt", "old");

        try (StagedExport export = StagedExport.open(out, said::add)) {
            assertThat(said).singleElement().asString()
                    .startsWith("finished the export into " + out + " that was interrupted while it swapped its folders in");
            // The recovered workspace is gone; the new export's is marked as this process's.
            assertThat(files()).containsExactly(".conditions-export/", ".conditions-export/new/", ".conditions-export/owner",
                    "html/", "html/a.html", "json/", "json/a.json", "text/", "text/a.txt");
            assertThat(read("html/a.html") + read("json/a.json") + read("text/a.txt")).isEqualTo("newnewnew");
        }

        assertThat(files()).containsExactly("html/", "html/a.html", "json/", "json/a.json", "text/", "text/a.txt");
    }

    @Test
    void theNextExportRemovesAnUnfinishedOneWithoutTouchingTheOld() throws IOException {
        write("html/a.html", "old");
        write(".conditions-export/new/html/a.html", "half");

        StagedExport.open(out, said::add).close();

        assertThat(said).singleElement().asString().startsWith("removed the unfinished files of an export into " + out);
        assertThat(files()).containsExactly("html/", "html/a.html");
        assertThat(read("html/a.html")).isEqualTo("old");
    }

    @Test
    void aFailedSwapPutsBackWhatItMoved() throws IOException {
        write("json/a.json", "old");

        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            export.stage("json/a.json", w -> w.write("new"));
            // Where the old json folder would go is taken, so the second folder's swap fails
            // after the first (a new html folder) has moved in.
            write(".conditions-export/old", "in the way");
            assertThatThrownBy(() -> export.commit(List.of("html", "json")))
                    .isInstanceOf(CommandFailure.class).hasMessageEndingWith("it is as it was");
        }

        assertThat(files()).containsExactly("json/", "json/a.json");
        assertThat(read("json/a.json")).isEqualTo("old");
    }

    @Test
    void aFolderKeepsItsPermissionsWhenReplaced() throws IOException {
        Path html = Files.createDirectories(out.resolve("html"));
        var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---");
        org.assertj.core.api.Assumptions.assumeThat(Files.getFileStore(out).supportsFileAttributeView("posix")).isTrue();
        Files.setPosixFilePermissions(html, permissions);

        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stage("html/a.html", w -> w.write("new"));
            export.commit(List.of("html"));
        }

        assertThat(Files.getPosixFilePermissions(html)).isEqualTo(permissions);
    }

    /** 600 documents in three folders, the last two made "from every article" and so started first. */
    private static List<StagedExport.Document> documents(Set<Integer> failing) {
        List<StagedExport.Document> documents = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int n = i;
            String folder = List.of("html", "json", "text").get(i / 200);
            documents.add(new StagedExport.Document(folder + "/a-" + (i % 200) + ".txt", w -> {
                if (failing.contains(n)) {
                    throw new java.io.IOException("disk full at " + n);
                }
                w.write("document " + n + "\n".repeat(n % 7));
            }, false));
        }
        documents.add(new StagedExport.Document("html/index.html", w -> w.write("index"), true));
        documents.add(new StagedExport.Document("html/bundle.jsonl", w -> w.write("bundle"), true));
        return documents;
    }

    @Test
    void stagingOnSeveralThreadsWritesWhatStagingOneByOneWrites(@TempDir Path alone) throws IOException {
        try (StagedExport export = StagedExport.open(alone, said::add)) {
            for (StagedExport.Document d : documents(Set.of())) {
                export.stage(d.relative(), d.content());
            }
            export.commit(List.of("html", "json", "text"));
        }
        for (int parallelism : new int[] {2, 5}) {
            try (StagedExport export = StagedExport.open(out, said::add)) {
                export.stageAll(documents(Set.of()), parallelism);
                export.commit(List.of("html", "json", "text"));
            }
            assertThat(snapshot(out)).hasSize(602).isEqualTo(snapshot(alone));
            assertThat(out.resolve(StagedExport.WORKSPACE)).doesNotExist();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-export-"));
    }

    @Test
    void eachFileOfAThreadHoldsItsOwnTextWhateverTheThreadWroteBefore() throws IOException {
        // Each thread writes its files through one reused buffer: long files (several times the
        // buffer) beside short ones, non-ASCII, surrogate pairs, and files that end on an unpaired
        // high surrogate, so that anything left over from one file would show in the next.
        List<StagedExport.Document> documents = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int repeat = i % 5 == 0 ? 2_500 : 1 + i % 7;
            String text = ("article " + i + " \u2014 caf\u00e9 \ud83d\ude00\n").repeat(repeat) + (i % 4 == 0 ? "\ud83d" : "");
            texts.add(text);
            documents.add(new StagedExport.Document("text/a-" + i + ".txt", w -> w.write(text), false));
        }
        documents.add(new StagedExport.Document("text/index.txt", w -> {
            for (String text : texts) {
                w.append(text, 0, Math.min(40, text.length()));
            }
        }, true));

        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stageAll(documents, 3);
            export.commit(List.of("text"));
        }

        for (int i = 0; i < texts.size(); i++) {
            // As a UTF-8 stream writer encodes it: an unpaired surrogate becomes '?'.
            assertThat(Files.readAllBytes(out.resolve("text/a-" + i + ".txt"))).as("file %d", i)
                    .isEqualTo(texts.get(i).getBytes(UTF_8));
        }
        // The index's pieces cut some pairs in half: those halves too become '?', wherever the buffer ends.
        assertThat(Files.readAllBytes(out.resolve("text/index.txt")))
                .isEqualTo(texts.stream().map(t -> t.substring(0, Math.min(40, t.length()))).collect(joining()).getBytes(UTF_8));
    }

    /**
     * The bundle stages each JSON file while the bundle itself is being written, on the same
     * thread: the inner file needs a writer of its own, or its text would mix with the outer
     * file's (a long outer file, drained in pieces around the inner ones), and the thread's next
     * file must start clean after both.
     */
    @Test
    void aFileStagedWhileAnotherIsWrittenKeepsItsOwnText() throws IOException {
        List<StagedExport.Document> documents = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inner.add(("inner " + i + " \u2014 \ud83d\ude00\n").repeat(i % 3 == 0 ? 3_000 : 2));
        }
        String outerPiece = "outer \u00e9t\u00e9 ".repeat(500);
        try (StagedExport export = StagedExport.open(out, said::add)) {
            documents.add(new StagedExport.Document("text/bundle.txt", w -> {
                for (int i = 0; i < inner.size(); i++) {
                    w.write(outerPiece);
                    String text = inner.get(i);
                    export.stage("json/a-" + i + ".txt", nested -> nested.write(text));
                }
                w.write("end");
            }, true));
            for (int i = 0; i < 60; i++) {
                String text = "after " + i + "\n";
                documents.add(new StagedExport.Document("html/b-" + i + ".txt", w -> w.write(text), false));
            }
            export.stageAll(documents, 2);
            export.commit(List.of("html", "json", "text"));
        }

        assertThat(read("text/bundle.txt")).isEqualTo(outerPiece.repeat(inner.size()) + "end");
        for (int i = 0; i < inner.size(); i++) {
            assertThat(read("json/a-" + i + ".txt")).as("inner file %d", i).isEqualTo(inner.get(i));
        }
        for (int i = 0; i < 60; i++) {
            assertThat(read("html/b-" + i + ".txt")).isEqualTo("after " + i + "\n");
        }
    }

    @Test
    void stagingOnSeveralThreadsReportsTheFirstFailureInListOrderAndWritesNothing() throws IOException {
        write("json/a-0.txt", "old");
        for (int round = 0; round < 10; round++) {
            try (StagedExport export = StagedExport.open(out, said::add)) {
                assertThatThrownBy(() -> export.stageAll(documents(Set.of(599, 250, 480)), 3))
                        .isInstanceOf(CommandFailure.class)
                        .hasMessage("cannot write " + out.resolve("json/a-50.txt") + ": disk full at 250");
            }
            assertThat(files()).containsExactly("json/", "json/a-0.txt");
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-export-"));
        }
    }

    @Test
    @Timeout(30) // a wait that missed a failure would hang here instead of failing
    void aFailureThatComesFirstInTimeButLaterInTheListWaitsForTheOneBeforeIt() throws IOException {
        // The whole-corpus file is started first and fails at once; a file listed before it fails
        // later. The one reported is the first in list order, not the first to happen.
        List<StagedExport.Document> documents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            documents.add(new StagedExport.Document("json/a-" + n + ".txt", w -> {
                if (n == 2) {
                    sleep(300);
                    throw new IOException("late failure of a-2");
                }
                w.write("a" + n);
            }, false));
        }
        documents.add(new StagedExport.Document("json/index.txt", w -> {
            throw new IOException("early failure of the index");
        }, true));
        try (StagedExport export = StagedExport.open(out, said::add)) {
            assertThatThrownBy(() -> export.stageAll(documents, 2))
                    .isInstanceOf(CommandFailure.class)
                    .hasMessage("cannot write " + out.resolve("json/a-2.txt") + ": late failure of a-2");
        }
        assertThat(files()).isEmpty();
    }

    @Test
    @Timeout(30) // a wait for files that never come would hang here instead of failing
    void stagingNothingOnSeveralThreadsReturnsAtOnce() throws IOException {
        try (StagedExport export = StagedExport.open(out, said::add)) {
            export.stageAll(List.of(), 3);
        }
        assertThat(files()).isEmpty();
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Test
    void aFolderInTheWayFailsAtItsFirstFileWhicheverThreadComesFirst() throws IOException {
        write("json", "in the way");
        for (int round = 0; round < 10; round++) {
            try (StagedExport export = StagedExport.open(out, said::add)) {
                assertThatThrownBy(() -> export.stageAll(documents(Set.of()), 4)).isInstanceOf(CommandFailure.class)
                        .hasMessageStartingWith("cannot write " + out.resolve("json/a-0.txt") + ": ");
            }
            assertThat(files()).containsExactly("json");
        }
    }

    @Test
    @Timeout(60) // a hook that never comes would hang here instead of failing
    void aSignalWhileStagingOnSeveralThreadsStopsThemAndLeavesTheOldExport() throws IOException {
        write("html/a-0.txt", "old");
        try (StagedExport export = StagedExport.open(out, said::add)) {
            List<StagedExport.Document> documents = new ArrayList<>(documents(Set.of()));
            // The 300th document is written as the shutdown hook runs.
            CountDownLatch hookWaits = new CountDownLatch(1);
            StagedExport.Document signalled = documents.get(300);
            documents.set(300, new StagedExport.Document(signalled.relative(), w -> {
                Thread hook = new Thread(export::interrupted);
                hook.start();
                // Until the hook waits for this file (it has stopped new files first): a hook
                // that started late once let every file be written before it came, on a loaded
                // machine, and the export then had nothing to stop.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (hook.isAlive() && hook.getState() != Thread.State.WAITING) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("the hook never waited for this file");
                    }
                    Thread.onSpinWait();
                }
                hookWaits.countDown();
                w.write("written as the signal came");
            }, false));
            // The files after it that the other threads started before the hook came wait for the
            // hook too: without this, on a machine too busy to run the hook at once, the other
            // threads once wrote every file left before it stopped new ones (seen in CI).
            for (int i = 301; i < 600; i++) {
                StagedExport.Document later = documents.get(i);
                documents.set(i, new StagedExport.Document(later.relative(), w -> {
                    try {
                        if (!hookWaits.await(30, TimeUnit.SECONDS)) {
                            throw new IOException("the hook never came");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("interrupted while waiting for the hook");
                    }
                    later.content().writeTo(w);
                }, false));
            }
            assertThatThrownBy(() -> export.stageAll(documents, 3)).isInstanceOf(CommandFailure.class)
                    .hasMessage("the export was stopped; " + out + " is as it was");
        }
        assertThat(files()).containsExactly("html/", "html/a-0.txt");
        assertThat(read("html/a-0.txt")).isEqualTo("old");
    }

    private static java.util.Map<String, String> snapshot(Path root) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, UTF_8));
            }
        }
        return files;
    }
}
