package org.conditioncontent.render.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the format folders of an export in one step as far as a reader can tell, and recovers
 * from an export that was killed while doing it, as a database replays its journal (decision 28).
 *
 * <p>The caller writes every file of the new export into {@link #staging()},
 * {@code OUT/.conditions-export/new/<format>/...}, inside the output folder so that the renames
 * never cross from one file system to another (an output folder that is a link or a mount
 * point). Only then does {@link #commit} write a journal naming the folders, swap each
 * {@code OUT/<format>} with its new copy by two renames (the old folder goes to
 * {@code .conditions-export/old}), and delete the journal and the workspace. The folders are
 * swapped whole, so a file of the old export never stays beside the new ones; anything else in
 * the output folder is left as it is.
 *
 * <p>After a kill (SIGKILL, a power cut, a build stopped at any moment), the next export calls
 * {@link #recover} before it does anything else: with a journal, it finishes the swap (the new
 * folders were complete before the journal was written); without one, it deletes the unfinished
 * files. Either way it returns what it did, for the user to be told. POSIX has no atomic exchange
 * of two folders that Java can reach, hence the journal.
 *
 * <p>Files are not forced to the disk, which would cost a sync per file: after a power cut the
 * journal is replayed, but the files' content is only as safe as the file system keeps it. Two
 * exports into one folder at the same time are not supported. An instance holds only paths; its
 * methods are for one thread at a time.
 */
public final class FolderSwap {

    /** The workspace's name inside the output folder. */
    public static final String WORKSPACE = ".conditions-export";

    private final Path out;
    private final Path workspace;
    private final Path fresh;
    private final Path previous;
    private final Path journal;

    private FolderSwap(Path out) {
        this.out = out;
        this.workspace = out.resolve(WORKSPACE);
        this.fresh = workspace.resolve("new");
        this.previous = workspace.resolve("old");
        this.journal = workspace.resolve("journal");
    }

    /**
     * The swap of an output folder's format folders. Nothing is read or written until a method
     * is called.
     *
     * @param out the output folder, which need not exist yet
     * @return the swap
     * @throws NullPointerException if {@code out} is {@code null}
     */
    public static FolderSwap into(Path out) {
        return new FolderSwap(Objects.requireNonNull(out, "out must not be null"));
    }

    /**
     * The output folder.
     *
     * @return the folder given to {@link #into}
     */
    public Path out() {
        return out;
    }

    /**
     * The workspace, {@code OUT/.conditions-export}: the folder that holds the staged export, the
     * old folders while they are swapped out, and the journal. Its presence is what {@link
     * #recover} looks for.
     *
     * @return the folder, which may not exist
     */
    public Path workspace() {
        return workspace;
    }

    /**
     * Where the caller writes the new export, one folder for each format:
     * {@code OUT/.conditions-export/new}. The caller makes it.
     *
     * @return the folder, which may not exist
     */
    public Path staging() {
        return fresh;
    }

    /**
     * The journal, which names the folders being swapped while a swap is under way.
     *
     * @return the file, which exists only during a {@link #commit} or after one was killed
     */
    public Path journal() {
        return journal;
    }

    /**
     * Finishes or removes what an interrupted export left in the output folder: with a journal,
     * swaps in the folders it names that are not swapped yet, so that the output folder holds
     * that export whole; without one, deletes the unfinished files, so that it holds the export
     * before that one. Then deletes the workspace. Does nothing when there is no workspace.
     *
     * @return what was done, or empty when there was nothing to recover
     * @throws Failure of kind {@link Failure.Kind#WORKSPACE_IN_THE_WAY} if the workspace's name is
     *     taken by something that is not a folder (nothing is changed), or of kind {@link
     *     Failure.Kind#NOT_RECOVERED} if a folder cannot be moved or the workspace deleted
     */
    public Optional<Recovery> recover() throws Failure {
        if (!Files.exists(workspace, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(Failure.Kind.WORKSPACE_IN_THE_WAY, workspace, null);
        }
        try {
            Recovery done;
            if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
                for (String folder : Files.readAllLines(journal, UTF_8)) {
                    if (isFolderName(folder)) {
                        swap(folder);
                    }
                }
                done = Recovery.FINISHED;
            } else {
                done = Recovery.REMOVED;
            }
            FolderTree.delete(workspace);
            return Optional.of(done);
        } catch (IOException e) {
            throw new Failure(Failure.Kind.NOT_RECOVERED, workspace, e);
        }
    }

    /**
     * Swaps the staged folders in for the output folder's, then deletes the journal and the
     * workspace with the old folders. A folder keeps the permissions of the one it replaces. A
     * folder named that was not staged is left as it is.
     *
     * @param folders the folders written into {@link #staging()}, such as {@code html} and
     *     {@code json}, each a name directly inside the output folder
     * @return true if the workspace was deleted; false if the export is in place but the old
     *     folders could not be deleted, which the next {@link #recover} does
     * @throws Failure of kind {@link Failure.Kind#FOLDER_IN_THE_WAY} or {@link
     *     Failure.Kind#NOT_STARTED} if nothing was moved; of kind {@link Failure.Kind#PUT_BACK} if
     *     a move failed and the folders moved so far were put back; of kind {@link
     *     Failure.Kind#LEFT_FOR_RECOVERY} if putting them back failed too, and the journal is kept
     *     for the next {@link #recover} to finish the swap
     */
    public boolean commit(List<String> folders) throws Failure {
        try {
            for (String folder : folders) {
                requireReplaceable(folder);
                keepPermissions(out.resolve(folder), fresh.resolve(folder));
            }
            Path written = workspace.resolve("journal.tmp");
            Files.write(written, folders, UTF_8);
            Files.move(written, journal, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new Failure(Failure.Kind.FOLDER_IN_THE_WAY, Path.of(e.getFile()), e);
        } catch (IOException e) {
            throw new Failure(Failure.Kind.NOT_STARTED, journal, e);
        }
        List<String> done = new ArrayList<>();
        try {
            for (String folder : folders) {
                done.add(folder);
                swap(folder);
            }
        } catch (IOException e) {
            throw rollBack(done, e);
        }
        try {
            Files.delete(journal);
            FolderTree.delete(workspace);
            return true;
        } catch (IOException e) {
            return false; // the export is in place; the next one removes the old folders left here
        }
    }

    /** Moves one folder in: the old one aside, then the new one in its place. Each step is done once. */
    private void swap(String folder) throws IOException {
        Path target = out.resolve(folder);
        Path replacement = fresh.resolve(folder);
        if (!Files.exists(replacement, LinkOption.NOFOLLOW_LINKS)) {
            return; // swapped already
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(previous);
            Files.move(target, previous.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(replacement, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Puts the folders swapped so far back, newest first: the failure to report. */
    private Failure rollBack(List<String> done, IOException cause) {
        try {
            for (int i = done.size() - 1; i >= 0; i--) {
                String folder = done.get(i);
                Path target = out.resolve(folder);
                Path old = previous.resolve(folder);
                if (!Files.exists(fresh.resolve(folder), LinkOption.NOFOLLOW_LINKS) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(target, fresh.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
                }
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(journal);
        } catch (IOException e) {
            cause.addSuppressed(e);
            return new Failure(Failure.Kind.LEFT_FOR_RECOVERY, out, cause);
        }
        return new Failure(Failure.Kind.PUT_BACK, out, cause);
    }

    /**
     * Checks that a format's folder can be replaced: only folders are swapped, and a file, or a
     * link, where a format's folder goes is someone's, and is not replaced. {@link #commit} checks
     * again; a caller checks before it stages a folder's first file, so that an export stops there
     * rather than after writing them all.
     *
     * @param folder the folder's name directly inside the output folder, such as {@code html}
     * @throws FileAlreadyExistsException naming the path if a file or a link is where the folder
     *     goes
     */
    public void requireReplaceable(String folder) throws FileAlreadyExistsException {
        Path target = out.resolve(folder);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
    }

    /** A folder keeps its permissions when its new copy replaces it. */
    private static void keepPermissions(Path old, Path replacement) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(old, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (from != null && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(replacement)) {
            Files.setPosixFilePermissions(replacement, from.readAttributes().permissions());
        }
    }

    /** Whether a journal line names a folder directly inside the output folder. */
    private static boolean isFolderName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0 && name.indexOf('\\') < 0;
    }

    /** What {@link #recover} did with an interrupted export. */
    public enum Recovery {
        /**
         * A journal was found: the swap was finished, and the output folder holds the
         * interrupted export whole.
         */
        FINISHED,
        /**
         * No journal was found: the interrupted export's unfinished files were deleted, and the
         * output folder holds the export before it.
         */
        REMOVED;

        /**
         * What was done, in one sentence for the user, in the words of {@code conditions export}.
         *
         * @param out the output folder, as the user should see it
         * @return the sentence, starting in lower case, without a final period
         */
        public String note(Path out) {
            return switch (this) {
                case FINISHED -> "finished the export into " + out + " that was interrupted while it swapped its folders in;"
                        + " it holds that export whole, and this export starts from there";
                case REMOVED -> "removed the unfinished files of an export into " + out + " that was interrupted;"
                        + " it still held the export before that one";
            };
        }
    }

    /**
     * A swap or a recovery that could not be done; {@link #kind()} says in what state it left the
     * output folder, for the caller to tell the user in its own words.
     *
     * @serial exclude
     */
    public static final class Failure extends IOException {

        private static final long serialVersionUID = 1L;

        /** What failed, and so what the output folder holds now. */
        public enum Kind {
            /**
             * The workspace's name is taken by a file or a link, not a folder: nothing was
             * changed. {@link #path()} is the workspace.
             */
            WORKSPACE_IN_THE_WAY,
            /**
             * An interrupted export could not be finished or removed; the workspace holds what is
             * left. {@link #path()} is the workspace.
             */
            NOT_RECOVERED,
            /**
             * A file or a link is where a format's folder goes: nothing was moved. {@link #path()}
             * is that path.
             */
            FOLDER_IN_THE_WAY,
            /**
             * The journal could not be written, or a folder's permissions read or copied: nothing
             * was moved. {@link #path()} is the journal.
             */
            NOT_STARTED,
            /**
             * A move failed, and the folders moved so far were put back: the output folder is as
             * it was, and the workspace may be deleted. {@link #path()} is the output folder.
             */
            PUT_BACK,
            /**
             * A move failed, and so did putting the folders back: the journal is kept, and the
             * next {@link FolderSwap#recover} finishes the swap. {@link #path()} is the output
             * folder.
             */
            LEFT_FOR_RECOVERY
        }

        private final Kind kind;
        private final Path path;

        private Failure(Kind kind, Path path, @Nullable IOException cause) {
            super(kind + " " + path + (cause == null ? "" : ": " + cause.getMessage()), cause);
            this.kind = kind;
            this.path = path;
        }

        /**
         * What failed.
         *
         * @return the kind
         */
        public Kind kind() {
            return kind;
        }

        /**
         * The path the failure is about; see each {@link Kind}.
         *
         * @return the path
         */
        public Path path() {
            return path;
        }
    }
}
