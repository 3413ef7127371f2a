package org.conditioncontent.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The swap of an export's folders under its journal, and the recovery of one that a kill
 * stopped, state by state. (The command's staging and shutdown hook around it are covered by
 * {@code StagedExportTest} in condition-cli, the plugin's use by {@code ExportMojoTest}.)
 */
class FolderSwapTest {

    @TempDir
    Path out;

    @Test
    void aCommitSwapsTheFoldersNamedAndLeavesTheRest() throws IOException {
        write("html/old.html", "old");
        write("README.txt", "the user's");
        write("text/a.txt", "another format's");
        write(".conditions-export/new/html/a.html", "new");
        FolderSwap swap = FolderSwap.into(out);

        assertThat(swap.commit(List.of("html"))).isTrue();

        assertThat(files()).containsExactly("README.txt", "html/", "html/a.html", "text/", "text/a.txt");
    }

    @Test
    void recoveryFinishesASwapKilledBetweenItsRenames() throws IOException {
        // Killed after html was swapped and json moved aside, before the new json moved in.
        write(".conditions-export/journal", "html\njson\ntext\nend\n");
        write("html/a.html", "new");
        write(".conditions-export/old/html/a.html", "old");
        write(".conditions-export/old/json/a.json", "old");
        write(".conditions-export/new/json/a.json", "new");
        write(".conditions-export/new/text/a.txt", "new");
        write("text/a.txt", "old");

        assertThat(FolderSwap.into(out).recover()).contains(FolderSwap.Recovery.FINISHED);

        assertThat(files()).containsExactly("html/", "html/a.html", "json/", "json/a.json", "text/", "text/a.txt");
        assertThat(read("html/a.html") + read("json/a.json") + read("text/a.txt")).isEqualTo("newnewnew");
    }

    @Test
    void recoveryWithoutAJournalRemovesTheUnfinishedExport() throws IOException {
        write("html/a.html", "old");
        write(".conditions-export/new/html/a.html", "half");

        assertThat(FolderSwap.into(out).recover()).contains(FolderSwap.Recovery.REMOVED);

        assertThat(files()).containsExactly("html/", "html/a.html");
        assertThat(read("html/a.html")).isEqualTo("old");
    }

    @Test
    void nothingToRecoverIsNothingDone() throws IOException {
        assertThat(FolderSwap.into(out.resolve("missing")).recover()).isEmpty();
        assertThat(out.resolve("missing")).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheWorkspaceIsRefusedAndKept() throws IOException {
        write(".conditions-export", "the user's");

        assertThatThrownBy(() -> FolderSwap.into(out).recover()).isInstanceOfSatisfying(FolderSwap.Failure.class, e -> {
            assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.WORKSPACE_IN_THE_WAY);
            assertThat(e.path()).isEqualTo(out.resolve(".conditions-export"));
        });
        assertThat(read(".conditions-export")).isEqualTo("the user's");
    }

    @Test
    void aFailedSwapPutsBackWhatItMovedAndLeavesNoJournal() throws IOException {
        write("json/a.json", "old");
        write(".conditions-export/new/html/a.html", "new");
        write(".conditions-export/new/json/a.json", "new");
        // Where the old json folder would go is taken, so the second folder's swap fails after
        // the first (a new html folder) has moved in.
        write(".conditions-export/old", "in the way");
        FolderSwap swap = FolderSwap.into(out);

        assertThatThrownBy(() -> swap.commit(List.of("html", "json"))).isInstanceOfSatisfying(FolderSwap.Failure.class,
                e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.PUT_BACK));

        assertThat(swap.journal()).doesNotExist();
        assertThat(out.resolve("html")).doesNotExist();
        assertThat(read("json/a.json")).isEqualTo("old");
    }

    @Test
    void aFileWhereAFolderGoesIsRefusedBeforeAnythingMoves() throws IOException {
        write("json", "the user's");
        write(".conditions-export/new/html/a.html", "new");
        write(".conditions-export/new/json/a.json", "new");
        FolderSwap swap = FolderSwap.into(out);

        assertThatThrownBy(() -> swap.commit(List.of("html", "json"))).isInstanceOfSatisfying(FolderSwap.Failure.class, e -> {
            assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.FOLDER_IN_THE_WAY);
            assertThat(e.path()).isEqualTo(out.resolve("json"));
        });

        assertThat(out.resolve("html")).doesNotExist();
        assertThat(swap.journal()).doesNotExist();
        assertThat(read("json")).isEqualTo("the user's");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"html\njson\n", "", "html\njs"})
    void aJournalCutShortIsNotReplayedAndNothingMoves(String journal) throws IOException {
        // What a power cut can leave of a journal that was not forced: nothing, or part of it.
        write(".conditions-export/journal", journal);
        write(".conditions-export/new/html/a.html", "new");
        write("html/a.html", "old");

        assertThatThrownBy(() -> FolderSwap.into(out).recover()).isInstanceOfSatisfying(FolderSwap.Failure.class, e -> {
            assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.NOT_RECOVERED);
            assertThat(e).hasMessageContaining("was cut short");
        });
        assertThat(read("html/a.html")).isEqualTo("old");
        assertThat(read(".conditions-export/new/html/a.html")).isEqualTo("new");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../outside", "/tmp", ".", "..", "a/b", "html\u0000", "", "a\\b"})
    void aJournalNamingAnythingButAFolderInsideTheOutputFolderIsRefusedWhole(String name) throws IOException {
        write(".conditions-export/journal", "html\n" + name + "\nend\n");
        write(".conditions-export/new/html/a.html", "new");
        write("html/a.html", "old");

        assertThatThrownBy(() -> FolderSwap.into(out).recover()).isInstanceOfSatisfying(FolderSwap.Failure.class,
                e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.NOT_RECOVERED));
        // Not even the good line is replayed: a journal that was edited is not the export's.
        assertThat(read("html/a.html")).isEqualTo("old");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../outside", "a/b", ".", "", "html\n"})
    void aCommitRefusesANameThatIsNotAFolderInsideTheOutputFolder(String name) throws IOException {
        write(".conditions-export/new/html/a.html", "new");
        FolderSwap swap = FolderSwap.into(out);

        assertThatThrownBy(() -> swap.commit(List.of("html", name))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the name of a folder directly inside " + out);

        assertThat(swap.journal()).doesNotExist();
        assertThat(out.resolve("html")).doesNotExist();
    }

    @Test
    void aCommitWithNothingStagedIsNotStarted() throws IOException {
        Files.createDirectories(out);
        FolderSwap swap = FolderSwap.into(out);

        assertThatThrownBy(() -> swap.commit(List.of("html"))).isInstanceOfSatisfying(FolderSwap.Failure.class, e -> {
            assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.NOT_STARTED);
            assertThat(e.path()).isEqualTo(swap.journal());
        });
        assertThat(files()).isEmpty();
    }

    @Test
    void recoveryFinishesAnExportKilledWhileItDeletedTheOldFolders() throws IOException {
        // Every folder swapped; killed while the old ones were deleted, before the journal went.
        write(".conditions-export/journal", "html\njson\nend\n");
        write(".conditions-export/old/json/a.json", "old");
        write("html/a.html", "new");
        write("json/a.json", "new");

        assertThat(FolderSwap.into(out).recover()).contains(FolderSwap.Recovery.FINISHED);

        assertThat(files()).containsExactly("html/", "html/a.html", "json/", "json/a.json");
        assertThat(read("html/a.html") + read("json/a.json")).isEqualTo("newnew");
    }

    @Test
    void anEmptyWorkspaceIsDeletedWithNothingToTell() throws IOException {
        // Killed after the journal was deleted, the last step but one of a finished export.
        Files.createDirectories(out.resolve(".conditions-export"));
        write("html/a.html", "new");

        assertThat(FolderSwap.into(out).recover()).isEmpty();

        assertThat(files()).containsExactly("html/", "html/a.html");
    }

    @Test
    void aCommittedExportLeavesNoWorkspace() throws IOException {
        write("html/a.html", "old");
        write(".conditions-export/new/html/a.html", "new");

        assertThat(FolderSwap.into(out).commit(List.of("html"))).isTrue();

        assertThat(files()).containsExactly("html/", "html/a.html");
        assertThat(read("html/a.html")).isEqualTo("new");
    }

    @Test
    void aFailureSurvivesSerializationWithItsKindAndPath() throws Exception {
        write(".conditions-export", "the user's");
        FolderSwap.Failure failure = catchThrowableOfType(FolderSwap.Failure.class, () -> FolderSwap.into(out).recover());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream written = new ObjectOutputStream(bytes)) {
            written.writeObject(failure);
        }
        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }

        assertThat(read).isInstanceOfSatisfying(FolderSwap.Failure.class, e -> {
            assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.WORKSPACE_IN_THE_WAY);
            assertThat(e.path()).isEqualTo(out.resolve(".conditions-export"));
            assertThat(e).hasMessage(failure.getMessage());
        });
    }

    @Test
    void aWorkspaceThatARunningProcessBeganIsLeftAlone() throws IOException {
        // The build tool that started these tests is running, and is not this process.
        ProcessHandle other = ProcessHandle.current().parent().orElse(null);
        assumeThat(other).isNotNull();
        write(".conditions-export/owner", other.pid() + " " + other.info().startInstant().map(i -> String.valueOf(i.toEpochMilli())).orElse("-"));
        write(".conditions-export/new/html/a.html", "being written");

        assertThatThrownBy(() -> FolderSwap.into(out).recover()).isInstanceOfSatisfying(FolderSwap.Failure.class, e -> {
            assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.BUSY);
            assertThat(e.process()).hasValue(other.pid());
        });
        assertThat(read(".conditions-export/new/html/a.html")).isEqualTo("being written");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a process that has ended", "an id used again", "this process", "no mark", "a mark cut short"})
    void aWorkspaceWhoseProcessIsNotRunningIsRecovered(String owner) throws IOException {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        assumeThat(parent).isNotNull();
        switch (owner) {
            case "a process that has ended" -> write(".conditions-export/owner", "999999999 -\n");
            case "an id used again" -> write(".conditions-export/owner", parent.pid() + " 1\n");
            case "this process" -> write(".conditions-export/owner", ProcessHandle.current().pid() + " -\n");
            case "a mark cut short" -> write(".conditions-export/owner", "");
            default -> { }
        }
        write(".conditions-export/new/html/a.html", "left");

        assertThat(FolderSwap.into(out).recover()).contains(FolderSwap.Recovery.REMOVED);

        assertThat(files()).isEmpty();
    }

    @Test
    void onlyABusyFailureHasTheNoteForAnotherExport() throws IOException {
        write(".conditions-export", "the user's");
        FolderSwap.Failure other = catchThrowableOfType(FolderSwap.Failure.class, () -> FolderSwap.into(out).recover());

        assertThatThrownBy(() -> other.busyNote(out)).isInstanceOf(IllegalStateException.class)
                .hasMessage("not a failure of kind BUSY: WORKSPACE_IN_THE_WAY");
    }

    @Test
    void beginMarksTheWorkspaceAndASecondBeginIsRefused() throws IOException {
        try (FolderSwap swap = FolderSwap.into(out.resolve("site"))) {
            swap.begin();

            assertThat(swap.workspace().resolve("owner")).content().startsWith(ProcessHandle.current().pid() + " ");
            assertThatThrownBy(() -> FolderSwap.into(out.resolve("site")).begin()).isInstanceOfSatisfying(FolderSwap.Failure.class,
                    e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.BUSY));
            assertThatThrownBy(swap::begin).isInstanceOf(IllegalStateException.class).hasMessageContaining("has begun already");
            assertThat(files()).containsExactly("site/", "site/.conditions-export/", "site/.conditions-export/owner");
        }
    }

    @Test
    void anExportOfThisProcessIsLeftAloneByItsOtherExportsUntilClosed() throws IOException {
        Path site = out.resolve("site");
        try (FolderSwap running = FolderSwap.into(site)) {
            running.begin();
            write("site/.conditions-export/new/html/a.html", "being written");

            // Another module of a build on two threads, with the same output folder: the mark
            // names this process either way, so only the hold tells the running export apart.
            FolderSwap.Failure recovering = catchThrowableOfType(FolderSwap.Failure.class, () -> FolderSwap.into(site).recover());
            FolderSwap.Failure beginning = catchThrowableOfType(FolderSwap.Failure.class, () -> FolderSwap.into(site).begin());

            for (FolderSwap.Failure e : List.of(recovering, beginning)) {
                assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.BUSY);
                assertThat(e.process()).hasValue(ProcessHandle.current().pid());
                assertThat(e.busyNote(Path.of("site"))).isEqualTo("another export into site is running in this process ("
                        + ProcessHandle.current().pid() + "); give each export a folder of its own, or run them one after the other");
            }
            assertThat(read("site/.conditions-export/new/html/a.html")).isEqualTo("being written");
        }

        // Closed without a commit (a failure whose clean-up was cut short): what is left is an
        // interrupted export's, and the next export of this process removes it.
        assertThat(FolderSwap.into(site).recover()).contains(FolderSwap.Recovery.REMOVED);
        assertThat(files()).containsExactly("site/");
    }

    @Test
    void anotherSpellingOfTheOutputFolderIsTheSameExport() throws IOException {
        Path site = out.resolve("site");
        Files.createDirectories(out.resolve("other"));
        try (FolderSwap running = FolderSwap.into(site)) {
            running.begin();
            Path link = out.resolve("alias");
            boolean linked = true;
            try {
                Files.createSymbolicLink(link, site);
            } catch (IOException | UnsupportedOperationException e) {
                linked = false; // a file system without links: the other spellings still count
            }
            List<Path> spellings = linked ? List.of(out.resolve("other/../site"), link) : List.of(out.resolve("other/../site"));

            for (Path spelling : spellings) {
                assertThatThrownBy(() -> FolderSwap.into(spelling).recover()).as(spelling.toString())
                        .isInstanceOfSatisfying(FolderSwap.Failure.class, e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.BUSY));
            }
            assertThat(running.workspace()).isDirectory();
        }
    }

    @Test
    void aBeginThatFailsGivesTheFolderBack() throws IOException {
        write("site/.conditions-export", "the user's");
        FolderSwap failed = FolderSwap.into(out.resolve("site"));
        assertThatThrownBy(failed::begin).isInstanceOfSatisfying(FolderSwap.Failure.class,
                e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.WORKSPACE_IN_THE_WAY));
        Files.delete(out.resolve("site/.conditions-export"));

        try (FolderSwap next = FolderSwap.into(out.resolve("site"))) {
            next.begin(); // not BUSY: the failed begin held nothing afterwards, though never closed
            assertThat(next.workspace()).isDirectory();
        }
    }

    @Test
    void aRecoveryThatFailsGivesTheFolderBack() throws IOException {
        write(".conditions-export/journal", "html\n"); // cut short: no end line
        write(".conditions-export/new/html/a.html", "new");

        for (int attempt = 0; attempt < 2; attempt++) {
            // The second attempt fails as the first did, not as BUSY: the first let go of the folder.
            assertThatThrownBy(() -> FolderSwap.into(out).recover()).isInstanceOfSatisfying(FolderSwap.Failure.class,
                    e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.NOT_RECOVERED));
        }
    }

    @Test
    void abandonDeletesTheWorkspaceOfAFailedExportUnlessItHoldsTheJournal() throws IOException {
        Path site = out.resolve("site");
        try (FolderSwap failed = FolderSwap.into(site)) {
            failed.begin();
            write("site/.conditions-export/new/html/a.html", "half written");

            failed.abandon();

            assertThat(failed.workspace()).doesNotExist();
        }
        try (FolderSwap leftForRecovery = FolderSwap.into(site)) {
            leftForRecovery.begin();
            write("site/.conditions-export/journal", "html\nend\n");
            write("site/.conditions-export/new/html/a.html", "new");

            leftForRecovery.abandon();

            assertThat(read("site/.conditions-export/new/html/a.html")).isEqualTo("new");
        }
        // Not begun by this instance: another export's, never deleted.
        FolderSwap.into(site).abandon();
        assertThat(read("site/.conditions-export/journal")).isEqualTo("html\nend\n");
    }

    @Test
    void aRefusedBeginAndACloseWithoutBeginLeaveTheRunningExportsHold() throws IOException {
        Path site = out.resolve("site");
        try (FolderSwap running = FolderSwap.into(site)) {
            running.begin();
            FolderSwap refused = FolderSwap.into(site);
            assertThatThrownBy(refused::begin).isInstanceOf(FolderSwap.Failure.class);

            refused.close();
            FolderSwap.into(site).close();

            assertThatThrownBy(() -> FolderSwap.into(site).recover()).isInstanceOfSatisfying(FolderSwap.Failure.class,
                    e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.BUSY));
        }
    }

    @Test
    void theNoteForOldFoldersLeftNamesTheWorkspace() {
        assertThat(FolderSwap.oldFoldersLeftNote(Path.of("site"))).isEqualTo("the export is complete, but the previous export's"
                + " folders could not be deleted from " + Path.of("site", ".conditions-export") + "; the next export deletes them");
    }

    @Test
    void theNoteSaysWhatWasDoneInTheCommandsWords() {
        assertThat(FolderSwap.Recovery.REMOVED.note(Path.of("site"))).isEqualTo(
                "removed the unfinished files of an export into site that was interrupted; it still held the export before that one");
    }

    private void write(String relative, String text) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String relative) throws IOException {
        return Files.readString(out.resolve(relative));
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
