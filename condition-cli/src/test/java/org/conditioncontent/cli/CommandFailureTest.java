package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandFailureTest {

    @TempDir
    Path dir;

    @Test
    void aRefusedTemporaryFileBesideTheTargetNamesTheFolderNotTheTemporaryFile() {
        // Written as the command writes every file: to a temporary name beside it, then moved.
        Path target = Path.of("site", "page.html");
        AccessDeniedException refused = new AccessDeniedException(Path.of("site", ".page.html.2ul1mfs4c7rjj.tmp").toString());

        assertThat(CommandFailure.cannotWrite(target, refused).getMessage())
                .isEqualTo("cannot write " + target + ": permission denied: this user cannot create files or folders in site");
    }

    @Test
    void aRefusedWorkspaceInsideTheOutputFolderNamesTheOutputFolder() {
        Path out = Path.of("ro");
        AccessDeniedException refused = new AccessDeniedException(out.resolve(".conditions-export").toString());

        assertThat(CommandFailure.cannotWrite(out, new UncheckedIOException(refused)).getMessage())
                .isEqualTo("cannot write ro: permission denied: this user cannot create files or folders in ro");
    }

    @Test
    void aRefusedTargetThatIsNotThereYetNamesItsFolder() {
        Path out = dir.resolve("ro").resolve("out");

        assertThat(CommandFailure.cannotWrite(out, new AccessDeniedException(out.toString())).getMessage())
                .isEqualTo("cannot write " + out + ": permission denied: this user cannot create files or folders in " + dir.resolve("ro"));
        // A folder on the way refused, named as the user wrote it (relative to the working folder).
        Path deeper = Path.of("no-such-ro", "out", "deeper");
        AccessDeniedException parentRefused = new AccessDeniedException(Path.of("no-such-ro", "out").toString());
        assertThat(CommandFailure.cannotWrite(deeper, parentRefused).getMessage())
                .isEqualTo("cannot write " + deeper + ": permission denied: this user cannot create files or folders in no-such-ro");
    }

    @Test
    void theFolderIsNamedAfterThePathIsNormalised() {
        // "site/." is the folder site: a refused site is refused by the current folder.
        Path dotted = Path.of("no-such-site", ".");
        AccessDeniedException refused = new AccessDeniedException(Path.of("no-such-site").toAbsolutePath().toString());

        assertThat(CommandFailure.cannotWrite(dotted, refused).getMessage())
                .isEqualTo("cannot write " + dotted + ": permission denied: this user cannot create files or folders in the current folder");
    }

    @Test
    void aRefusedFileThatIsThereElsewhereOrBesideButNotTheCommandsOwnIsNamedAsTheSystemNamedIt() throws IOException {
        Path target = Files.writeString(dir.resolve("page.html"), "read-only");
        Path beside = Path.of("site", "page.html");
        Path neighbour = Path.of("site", "other.html");
        Path other = Path.of("elsewhere", "lock");

        assertThat(CommandFailure.cannotWrite(target, new AccessDeniedException(target.toString())).getMessage())
                .isEqualTo("cannot write " + target + ": permission denied (" + target + ")");
        assertThat(CommandFailure.cannotWrite(target, new AccessDeniedException(other.toString())).getMessage())
                .isEqualTo("cannot write " + target + ": permission denied (" + other + ")");
        assertThat(CommandFailure.cannotWrite(beside, new AccessDeniedException(neighbour.toString())).getMessage())
                .isEqualTo("cannot write " + beside + ": permission denied (" + neighbour + ")");
    }

    @Test
    void whatIsInTheWayIsCalledWhatItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectories(dir.resolve("folder")));
        Path dangling = dir.resolve("nowhere");
        Files.createSymbolicLink(dangling, dir.resolve("missing"));

        assertThat(CommandFailure.reason(new FileAlreadyExistsException(file.toString())))
                .isEqualTo(file + " is in the way: it is a file, not a folder");
        assertThat(CommandFailure.reason(new FileAlreadyExistsException(link.toString())))
                .isEqualTo(link + " is in the way: it is a symbolic link, not a folder; move it away");
        assertThat(CommandFailure.reason(new FileAlreadyExistsException(dangling.toString())))
                .isEqualTo(dangling + " is in the way: it is a symbolic link, not a folder; move it away");
        assertThat(CommandFailure.reason(new FileAlreadyExistsException(dir.resolve("gone").toString())))
                .isEqualTo(dir.resolve("gone") + " is in the way: it is not a folder");
        assertThat(CommandFailure.reason(new FileAlreadyExistsException(dir.resolve("folder").toString())))
                .isEqualTo(dir.resolve("folder") + " is in the way: it exists already");
        assertThat(CommandFailure.reason(new FileAlreadyExistsException(null))).isEqualTo("a file or folder is in the way");
    }
}
