package org.conditioncontent.render.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the format folders of an export in one step as far as a reader can tell, and recovers
 * from an export that was killed while doing it, as a database replays its journal.
 *
 * <p>The caller writes every file of the new export into {@link #staging()},
 * {@code OUT/.conditions-export/new/<format>/...}, inside the output folder so that the renames
 * never cross from one file system to another (an output folder that is a link or a mount
 * point). Only then does {@link #commit} write a journal naming the folders (forced to the disk),
 * swap each {@code OUT/<format>} with its new copy by two renames (the old folder goes to
 * {@code .conditions-export/old}), delete the old folders, then the journal, then the workspace.
 * The folders are swapped whole, so a file of the old export never stays beside the new ones;
 * anything else in the output folder is left as it is.
 *
 * <p>After a kill (SIGKILL, a power cut, a build stopped at any moment), the next export calls
 * {@link #recover} before it does anything else: with a journal, it finishes the swap (the new
 * folders were complete before the journal was written); without one, it deletes the unfinished
 * files. Either way it returns what it did, for the user to be told. POSIX has no atomic exchange
 * of two folders that Java can reach, hence the journal. A journal that is not whole (cut short
 * by a power cut, or edited) is never replayed: {@link #recover} then changes nothing and fails.
 *
 * <p>Only the journal is forced to the disk; the exported files are not, which would cost a sync
 * per file: after a power cut the journal is replayed, but the files' content is only as safe as
 * the file system keeps it.
 *
 * <p>Two exports into one folder at once: {@link #begin} marks the workspace with the process
 * that made it, and {@link #recover} leaves alone, with a failure of kind {@link
 * Failure.Kind#BUSY}, a workspace whose process is still running, so that a second process never
 * takes a running export's files for an interrupted export's. Within one process (a build that
 * runs modules on several threads, a server), {@link #begin} and {@link #recover} also refuse,
 * with the same kind, a workspace that another instance of this process has begun and not yet
 * {@link #close closed}: the mark names this process either way, and cannot tell the two apart.
 * Close an instance when its export is over, whether or not it ended well, or the folder stays
 * refused to this process's later exports. Its methods are for one thread at a time.
 */
public final class FolderSwap implements AutoCloseable {

    /** The workspace's name inside the output folder. */
    public static final String WORKSPACE = ".conditions-export";

    /** The journal's last line: a journal without it was cut short, and is not replayed. */
    private static final String JOURNAL_END = "end";

    /** The file in the workspace that names the process that made it: {@code pid start}. */
    private static final String OWNER = "owner";

    /** The mark's start time when the platform does not tell it. */
    private static final String UNKNOWN_START = "-";

    /**
     * The workspaces that an instance of this process is recovering, or has begun and not closed,
     * by the real path of their output folder where it exists: two spellings of one folder (a
     * link, a relative path) are one export.
     */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    private final Path out;
    private final Path workspace;
    private final Path fresh;
    private final Path previous;
    private final Path journal;
    /** The key this instance holds in {@link #IN_USE}, from {@link #begin} to {@link #close}. */
    private volatile @Nullable Path held;

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
     * What to tell the user when {@link #commit} returned false, in one sentence starting in lower
     * case, without a final period, as {@code conditions export} and the Maven plugin say it:
     * {@code the export is complete, but the previous export's folders could not be deleted from
     * OUT/.conditions-export; the next export deletes them}.
     *
     * @param out the output folder, as the user should see it
     * @return the sentence
     * @throws NullPointerException if {@code out} is {@code null}
     */
    public static String oldFoldersLeftNote(Path out) {
        return "the export is complete, but the previous export's folders could not be deleted from " + out.resolve(WORKSPACE)
                + "; the next export deletes them";
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
     * @return the file, which exists during a {@link #commit}, after one was killed, and after a
     *     failure of kind {@link Failure.Kind#LEFT_FOR_RECOVERY}, until the next {@link #recover}
     */
    public Path journal() {
        return journal;
    }

    /**
     * Finishes or removes what an interrupted export left in the output folder: with a journal,
     * swaps in the folders it names that are not swapped yet, so that the output folder holds
     * that export whole; without one, deletes the unfinished files, so that it holds the export
     * before that one. Then deletes the workspace, the journal last. Does nothing when there is no
     * workspace; deletes an empty one and reports nothing.
     *
     * @return what was done, or empty when there was nothing to recover
     * @throws Failure of kind {@link Failure.Kind#WORKSPACE_IN_THE_WAY} if the workspace's name is
     *     taken by something that is not a folder (nothing is changed), of kind {@link
     *     Failure.Kind#BUSY} if another process that is still running began the workspace, or
     *     another instance of this process began it and is not closed, or is recovering it
     *     (nothing is changed), or of kind {@link Failure.Kind#NOT_RECOVERED} if the journal is
     *     not whole or names something that is not a folder directly inside the output folder
     *     (nothing is changed), or a folder cannot be moved or the workspace deleted
     */
    public Optional<Recovery> recover() throws Failure {
        if (!Files.exists(workspace, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(Failure.Kind.WORKSPACE_IN_THE_WAY, workspace, null);
        }
        Optional<ProcessHandle> running = owner();
        if (running.isPresent()) {
            throw new Failure(Failure.Kind.BUSY, workspace, null, running.get().pid());
        }
        // Held while recovering too, so that two threads never replay one journal at once.
        Path key = key();
        if (!IN_USE.add(key)) {
            throw new Failure(Failure.Kind.BUSY, workspace, null, ProcessHandle.current().pid());
        }
        try {
            Optional<Recovery> done;
            if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
                for (String folder : journalFolders()) {
                    swap(folder);
                }
                done = Optional.of(Recovery.FINISHED);
            } else if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS) || Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                done = Optional.of(Recovery.REMOVED);
            } else {
                // Only the workspace, or files of its own: an export whose clean-up was cut short
                // after its journal was deleted, and so after its swap. Nothing to tell.
                done = Optional.empty();
            }
            cleanUp();
            return done;
        } catch (IOException e) {
            throw new Failure(Failure.Kind.NOT_RECOVERED, workspace, e);
        } finally {
            IN_USE.remove(key);
        }
    }

    /**
     * Begins an export, once {@link #recover} has left no workspace: makes the output folder if
     * it is missing, then the workspace, which must not exist, and marks it as this process's,
     * so that another process's {@link #recover} leaves it alone while this one runs, and as this
     * instance's, so that this process's other instances do until it is {@link #close closed}. The
     * caller then makes {@link #staging()} and writes into it.
     *
     * @throws IllegalStateException if this instance has begun already
     * @throws Failure of kind {@link Failure.Kind#BUSY} if the workspace exists, or another
     *     instance of this process is recovering or using it: another export began it since
     *     {@link #recover} (nothing is changed); of kind {@link
     *     Failure.Kind#WORKSPACE_IN_THE_WAY} if a file or a link took its name meanwhile; of kind
     *     {@link Failure.Kind#NOT_STARTED} if the output folder, the workspace or the mark cannot
     *     be written ({@link Failure#path()} is the output folder or the workspace)
     */
    public void begin() throws Failure {
        if (held != null) {
            throw new IllegalStateException("this export into " + out + " has begun already");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new Failure(Failure.Kind.NOT_STARTED, out, e); // a file where the output folder goes, or no right to make it
        }
        ProcessHandle self = ProcessHandle.current();
        // Taken before the workspace is made, so that this process's other instances never see it
        // unmarked, and given back if it cannot be made.
        Path key = key();
        if (!IN_USE.add(key)) {
            throw new Failure(Failure.Kind.BUSY, workspace, null, self.pid());
        }
        boolean begun = false;
        try {
            Files.createDirectory(workspace);
            Files.writeString(workspace.resolve(OWNER), self.pid() + " " + started(self) + "\n", UTF_8);
            begun = true;
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
                throw new Failure(Failure.Kind.WORKSPACE_IN_THE_WAY, workspace, e);
            }
            Optional<ProcessHandle> running = owner();
            throw new Failure(Failure.Kind.BUSY, workspace, null, running.map(ProcessHandle::pid).orElse(-1L));
        } catch (IOException e) {
            throw new Failure(Failure.Kind.NOT_STARTED, workspace, e);
        } finally {
            if (begun) {
                held = key;
            } else {
                IN_USE.remove(key);
            }
        }
    }

    /**
     * Deletes the workspace of an export that this instance began and that failed before its
     * {@link #commit} or in it, so that the output folder holds the export before it, as it did.
     * A workspace that holds the journal is kept: a commit that could not put the folders back
     * ({@link Failure.Kind#LEFT_FOR_RECOVERY}) leaves it for the next {@link #recover} to
     * finish. Does nothing if this instance did not begin, or is closed; the caller closes it after.
     *
     * @throws IOException if the workspace cannot be deleted whole; the next {@link #recover}
     *     deletes what is left
     */
    public void abandon() throws IOException {
        if (held != null && !Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            FolderTree.delete(workspace);
        }
    }

    /**
     * Ends this instance's hold on the workspace, which {@link #begin} took: from then on, this
     * process's next {@link #recover} takes what is left there for an interrupted export's. Call
     * it once the export is committed, has failed, or its workspace is deleted. Deletes nothing.
     * Does nothing if this instance did not begin, or was closed already.
     */
    @Override
    public void close() {
        Path key = held;
        if (key != null) {
            held = null;
            IN_USE.remove(key);
        }
    }

    /**
     * The workspace's key in {@link #IN_USE}: under the output folder's real path where it can be
     * found, else its absolute path without {@code .} and {@code ..}.
     */
    private Path key() {
        try {
            return out.toRealPath().resolve(WORKSPACE);
        } catch (IOException e) {
            return workspace.toAbsolutePath().normalize();
        }
    }

    /**
     * The running process, other than this one, that began the workspace: none when the mark is
     * missing or unreadable (an export of an earlier version, or one killed before it wrote the
     * mark), names this process, or names a process that has ended, or a process of the same id
     * that started at another time (the id was used again).
     */
    private Optional<ProcessHandle> owner() {
        String mark;
        try {
            mark = Files.readString(workspace.resolve(OWNER), UTF_8).strip();
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] parts = mark.split(" ");
        long pid;
        try {
            pid = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (pid == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        String markedStart = parts.length > 1 ? parts[1] : UNKNOWN_START;
        // The id alone when either start is unknown; with both, they must agree.
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> markedStart.equals(UNKNOWN_START)
                || started(process).equals(UNKNOWN_START) || started(process).equals(markedStart));
    }

    /** When a process started, as the mark writes it: milliseconds since 1970, or {@link #UNKNOWN_START}. */
    private static String started(ProcessHandle process) {
        return process.info().startInstant().map(at -> String.valueOf(at.toEpochMilli())).orElse(UNKNOWN_START);
    }

    /**
     * The folders the journal names, once it is known to be whole and every line to name a folder
     * directly inside the output folder.
     *
     * @throws IOException if it cannot be read, was cut short, or names anything else
     */
    private List<String> journalFolders() throws IOException {
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(journal + " is not a file");
        }
        List<String> lines = Files.readAllLines(journal, UTF_8);
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(JOURNAL_END)) {
            throw new IOException(journal + " was cut short: it does not end with the line \"" + JOURNAL_END + "\"");
        }
        List<String> folders = lines.subList(0, lines.size() - 1);
        for (String folder : folders) {
            if (!isFolderName(folder)) {
                throw new IOException(journal + " names \"" + folder.replaceAll("\\p{Cntrl}", "?")
                        + "\", which is not a folder directly inside " + out);
            }
        }
        return folders;
    }

    /**
     * Deletes the workspace: the old and the unfinished folders, then the journal, then the rest.
     * The journal goes after the folders, so that an export killed while they are deleted is
     * still finished, not taken for one killed before its swap.
     */
    private void cleanUp() throws IOException {
        FolderTree.delete(previous);
        FolderTree.delete(fresh);
        Files.deleteIfExists(journal);
        FolderTree.delete(workspace);
    }

    /**
     * Swaps the staged folders in for the output folder's, then deletes the journal and the
     * workspace with the old folders. A folder keeps the permissions of the one it replaces. A
     * folder named that was not staged is left as it is.
     *
     * <p>The journal is forced to the disk before the first rename: one sync per export.
     *
     * @param folders the folders written into {@link #staging()}, such as {@code html} and
     *     {@code json}, each a name directly inside the output folder
     * @return true if the workspace was deleted; false if the export is in place but the old
     *     folders could not be deleted, which the next {@link #recover} does ({@link
     *     #oldFoldersLeftNote} says so)
     * @throws IllegalArgumentException if a name is not that of a folder directly inside the
     *     output folder (empty, {@code .}, {@code ..}, or holding a separator or a control
     *     character); nothing is written
     * @throws NullPointerException if {@code folders} or one of them is {@code null}
     * @throws Failure of kind {@link Failure.Kind#FOLDER_IN_THE_WAY} or {@link
     *     Failure.Kind#NOT_STARTED} if nothing was moved; of kind {@link Failure.Kind#PUT_BACK} if
     *     a move failed and the folders moved so far were put back; of kind {@link
     *     Failure.Kind#LEFT_FOR_RECOVERY} if putting them back failed too, and the journal is kept
     *     for the next {@link #recover} to finish the swap
     */
    public boolean commit(List<String> folders) throws Failure {
        for (String folder : List.copyOf(folders)) {
            if (!isFolderName(folder)) {
                throw new IllegalArgumentException("\"" + folder.replaceAll("\\p{Cntrl}", "?")
                        + "\" is not the name of a folder directly inside " + out);
            }
        }
        try {
            for (String folder : folders) {
                requireReplaceable(folder);
                keepPermissions(out.resolve(folder), fresh.resolve(folder));
            }
            writeJournal(folders);
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
            cleanUp();
            return true;
        } catch (IOException e) {
            return false; // the export is in place; the next one removes the old folders left here
        }
    }

    /**
     * Writes the journal: the folders, a line each, then {@link #JOURNAL_END}, forced to the disk
     * under another name and then renamed, so that the journal is whole or absent. Without the
     * sync, a power cut could keep the renames that follow and lose the journal's content.
     */
    private void writeJournal(List<String> folders) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String folder : folders) {
            text.append(folder).append('\n');
        }
        text.append(JOURNAL_END).append('\n');
        Path written = workspace.resolve("journal.tmp");
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(written, journal, StandardCopyOption.ATOMIC_MOVE);
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

    /**
     * Whether a name is that of a folder directly inside the output folder: one name, no
     * separator, no control character, and one the file system takes as a name ({@code C:x} on
     * Windows is a drive's path, and NUL no file system takes).
     */
    private boolean isFolderName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                || name.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            Path named = out.getFileSystem().getPath(name);
            return named.getRoot() == null && named.getNameCount() == 1 && named.toString().equals(name);
        } catch (InvalidPathException e) {
            return false;
        }
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
         * What was done, in one sentence for the user, as {@code conditions export} and the Maven
         * plugin say it.
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
             * Another export, in a process that is still running (this one, or another), began the
             * workspace, or another instance of this process is recovering it: nothing was
             * changed. {@link #path()} is the workspace, {@link #process()} that process, when its
             * mark could be read.
             */
            BUSY,
            /**
             * A file or a link is where a format's folder goes: nothing was moved. {@link #path()}
             * is that path.
             */
            FOLDER_IN_THE_WAY,
            /**
             * The journal could not be written, or a folder's permissions read or copied: nothing
             * was moved. {@link #path()} is the journal; for {@link FolderSwap#begin}, the output
             * folder or the workspace that could not be made or marked.
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

        /** What failed. */
        private final Kind kind;
        /** The path, which is not serializable: a failure read back from bytes has its text only. */
        private final transient @Nullable Path path;
        /** The path's text, for a failure read back from bytes. */
        private final String pathText;
        /** The other export's process, for {@link Kind#BUSY}; else -1. */
        private final long process;

        private Failure(Kind kind, Path path, @Nullable IOException cause) {
            this(kind, path, cause, -1);
        }

        private Failure(Kind kind, Path path, @Nullable IOException cause, long process) {
            super(kind + " " + path + (cause == null ? "" : ": " + cause.getMessage()), cause);
            this.kind = kind;
            this.path = path;
            this.pathText = path.toString();
            this.process = process;
        }

        /**
         * For a failure of kind {@link Kind#BUSY}, what to tell the user, in one sentence starting
         * in lower case, without a final period, as {@code conditions export} and the Maven plugin
         * say it: {@code another export into OUT is running (process N); wait for it to end, or,
         * if none is running, delete OUT/.conditions-export}; when the other export is this
         * process's, {@code another export into OUT is running in this process (N); give each
         * export a folder of its own, or run them one after the other}.
         *
         * @param out the output folder, as the user should see it
         * @return the sentence
         * @throws IllegalStateException if the failure is of another kind
         */
        public String busyNote(Path out) {
            if (kind != Kind.BUSY) {
                throw new IllegalStateException("not a failure of kind BUSY: " + kind);
            }
            if (this.process == ProcessHandle.current().pid()) {
                // Deleting the workspace would break the other export, which is certainly running.
                return "another export into " + out + " is running in this process (" + this.process
                        + "); give each export a folder of its own, or run them one after the other";
            }
            String process = this.process >= 0 ? " (process " + this.process + ")" : "";
            return "another export into " + out + " is running" + process + "; wait for it to end, or, if none is running, delete "
                    + out.resolve(WORKSPACE);
        }

        /**
         * The process id of the other export, for a failure of kind {@link Kind#BUSY}.
         *
         * @return the id, or empty for another kind, or when the other export's mark could not
         *     be read
         */
        public OptionalLong process() {
            return process >= 0 ? OptionalLong.of(process) : OptionalLong.empty();
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
         * The path the failure is about; see each {@link Kind}. A failure that was serialized and
         * read back gives the path on the default file system.
         *
         * @return the path
         */
        public Path path() {
            return path != null ? path : Path.of(pathText);
        }
    }
}
