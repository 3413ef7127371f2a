package org.conditioncontent.loader.internal.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A list of files kept compact: the files of one folder that follow each other share the folder's
 * {@link Path}, and each file keeps only its name, as UTF-8 bytes in one array shared by all. A
 * file's {@code Path} is made again each time it is asked for ({@link #get}), equal to the one
 * added but not the same object.
 *
 * <p>A corpus of 100,000 files keeps its list from the search until its report is written. A
 * {@code Path} a file, its bytes, its offsets and the string it caches once named, cost about 200
 * bytes a file; here a file costs its name's bytes and 4 more (see docs/performance.md, "Issue 20:
 * memory, round 4"). A file whose name would not come back the same from its string (a name
 * that is not ASCII and does not survive decoding and encoding, a path without a folder, a file
 * of another file system whose paths do not resolve that way) keeps its own {@code Path}.
 *
 * <p>As a {@link List} it is immutable, as {@link List#copyOf}'s lists are: {@link #add} and every
 * other change throw {@link UnsupportedOperationException}. A search fills one with
 * {@link #append} on its own thread until it {@linkplain #freeze() freezes} it; meanwhile other
 * threads may read the files appended before they learnt of them through a volatile write, as
 * {@link ParallelLoad} does. The arrays are volatile and only ever replaced by longer copies, and
 * the count of runs is written after a run's entries, so a reader sees every entry it needs.
 */
public final class FileList extends AbstractList<Path> implements RandomAccess {

    /** The folder of each run of files in the same folder, or the file itself when it keeps its own path. */
    private volatile Path[] folders = new Path[8];
    /** The index of the first file of each run. */
    private volatile int[] runStarts = new int[8];
    /** Every file's name, one after the other, as UTF-8. */
    private volatile byte[] names = new byte[1024];
    /**
     * Where each file's name ends in {@link #names}; it starts where the previous one ends. A file
     * that keeps its own path has an empty name.
     */
    private volatile int[] nameEnds = new int[256];
    /** How many runs; volatile, written after the run's entries, which a reader finds through it. */
    private volatile int runs;
    /** How many files; volatile so that a list frozen on one thread reads right on another. */
    private volatile int size;
    /** Whether the file of the last run keeps its own path, so that the next file starts a run. */
    private boolean lastKeptWhole;
    private boolean frozen;

    /** An empty list to {@link #append} to. */
    public FileList() {}

    /**
     * A compact, immutable copy of files.
     *
     * @param files the files, in order
     * @return the list; {@code files} itself when it is such a list already
     * @throws NullPointerException if {@code files} or one of them is {@code null}
     */
    public static FileList copyOf(Collection<Path> files) {
        if (files instanceof FileList list && list.frozen) {
            return list;
        }
        FileList copy = new FileList();
        for (Path file : files) {
            copy.append(file);
        }
        return copy.freeze();
    }

    /**
     * Adds a file at the end; only one thread may append, and only until the list is
     * {@linkplain #freeze() frozen}.
     *
     * @param file the file
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalStateException if the list is frozen
     */
    public void append(Path file) {
        Objects.requireNonNull(file, "a file must not be null");
        if (frozen) {
            throw new IllegalStateException("the list of files is frozen");
        }
        Path folder = file.getParent();
        byte[] name = folder == null ? null : nameOf(file, folder);
        if (size == nameEnds.length) {
            nameEnds = Arrays.copyOf(nameEnds, 2 * size);
        }
        int start = size == 0 ? 0 : nameEnds[size - 1];
        if (folder == null || name == null) {
            startRun(file);
            lastKeptWhole = true;
            nameEnds[size] = start;
        } else {
            if (runs == 0 || lastKeptWhole || !sameSpelling(folders[runs - 1], folder)) {
                startRun(folder);
                lastKeptWhole = false;
            }
            if (start + name.length > names.length) {
                names = Arrays.copyOf(names, Math.max(2 * names.length, start + name.length));
            }
            System.arraycopy(name, 0, names, start, name.length);
            nameEnds[size] = start + name.length;
        }
        size++;
    }

    /**
     * Ends the appending: from now on the list never changes.
     *
     * @return this list
     */
    public FileList freeze() {
        frozen = true;
        return this;
    }

    private void startRun(Path folder) {
        int run = runs;
        if (run == folders.length) {
            runStarts = Arrays.copyOf(runStarts, 2 * run);
            folders = Arrays.copyOf(folders, 2 * run);
        }
        folders[run] = folder;
        runStarts[run] = size;
        runs = run + 1;
    }

    /**
     * Whether two folders are the same and spelled alike, so that a file made again from the
     * kept one prints as it was found. Paths of the default file system with {@code /} for
     * separator are equal only when their bytes are; elsewhere equal paths may differ in spelling
     * (Windows ignores case), so their texts are compared too.
     */
    private static boolean sameSpelling(Path kept, Path folder) {
        if (!kept.equals(folder)) {
            return false;
        }
        return kept.getFileSystem() == FileSystems.getDefault() && "/".equals(kept.getFileSystem().getSeparator())
                || kept.toString().equals(folder.toString());
    }

    /**
     * The file's name as UTF-8, when the file is its folder's path resolved against that name;
     * else {@code null}, and the file keeps its own path. A name in ASCII always comes back the
     * same on the default file system; another is checked by resolving it.
     */
    private static byte @Nullable [] nameOf(Path file, Path folder) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return null;
        }
        String name = fileName.toString();
        if (name.isEmpty()) {
            return null;
        }
        if ((!isAscii(name) || file.getFileSystem() != FileSystems.getDefault()) && !resolvesTo(folder, name, file)) {
            return null;
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        // A name with an unpaired surrogate (possible on Windows and on file systems in memory)
        // has no UTF-8 form: it would come back as another name, so the file keeps its path.
        if (!isAscii(name) && !new String(bytes, StandardCharsets.UTF_8).equals(name)) {
            return null;
        }
        return bytes;
    }

    /**
     * Whether the folder resolved against the name is the file. A name that cannot be a path
     * again is not: on Linux a JVM in a locale that is not UTF-8 (the C locale of a container
     * with none set) decodes a name's bytes beyond ASCII as U+FFFD, which it cannot encode back.
     */
    private static boolean resolvesTo(Path folder, String name, Path file) {
        try {
            return folder.resolve(name).equals(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Whether a name is all ASCII, which every file system that names files in an ASCII-compatible
     * encoding turns into the same bytes and back, and sorts as the bytes do.
     *
     * @param name a file's name
     * @return {@code true} if every character is below 128
     */
    public static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The file at an index: a new {@code Path}, equal to the one added.
     *
     * @param index the file's index
     * @return the file
     * @throws IndexOutOfBoundsException if there is no file at {@code index}
     */
    @Override
    public Path get(int index) {
        Objects.checkIndex(index, size);
        return published(index);
    }

    /**
     * The file at an index for a reader on another thread, which learnt of it through a volatile
     * write made after it was added: no check against {@link #size()}, which only the adding
     * thread writes.
     *
     * @param index the file's index
     * @return the file
     */
    Path published(int index) {
        int run = run(index);
        Path folder = folders[run];
        int[] ends = nameEnds;
        int start = index == 0 ? 0 : ends[index - 1];
        int end = ends[index];
        return start == end ? folder : folder.resolve(new String(names, start, end - start, StandardCharsets.UTF_8));
    }

    /** The run that holds a file: the last one that starts at or before it. */
    private int run(int index) {
        int high = runs - 1;
        int[] starts = runStarts;
        int low = 0;
        if (high < 0 || starts[high] <= index) {
            return Math.max(high, 0);
        }
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    @Override
    public int size() {
        return size;
    }
}
