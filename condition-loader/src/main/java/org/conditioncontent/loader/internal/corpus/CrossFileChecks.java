package org.conditioncontent.loader.internal.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.jspecify.annotations.Nullable;

/**
 * The checks across the files of a corpus (an id used by two or more files, reported in each; a
 * related id that names no loaded article), on what each file left when it was loaded.
 *
 * <p>A corpus of 100,000 files keeps this until its last file is loaded, so it is kept in arrays
 * indexed by file rather than in an object per file, and only what the checks read: a valid
 * file's id and the id's line and column; its related ids and their positions only when it has
 * some; a file's diagnostics only when it has some. A record per file with the file's result and
 * an array of positions cost about 80 bytes a file more than the array slots here (the ids are
 * those of the articles); see docs/performance.md, "Issue 20: memory from 10,000 to 100,000
 * files". The files' names are not kept either: {@link #diagnostics(IntFunction)} asks for the
 * few it needs by index, from the list of files, which keeps them compact ("Issue 20: memory,
 * round 4").
 *
 * <p>{@link #record} may be called from several threads at once for different files, and for
 * more files than first planned for (a corpus whose files are loaded while they are still being
 * found): the arrays grow as needed.
 */
public final class CrossFileChecks {

    private static final int NONE = -1;

    /** A valid file's id, {@code null} for the others. */
    private @Nullable String[] ids;
    /** The line and column of each valid file's id, two ints a file. */
    private int[] idAt;
    /** A valid file's related ids, {@code null} when it has none. */
    private @Nullable String[][] related;
    /** The line and column of each related id, two ints each, {@code null} when none. */
    private int[][] relatedAt;
    /** A file's own diagnostics, {@code null} when it has none. */
    private @Nullable List<Diagnostic>[] diagnostics;

    /**
     * Room for the files of a corpus.
     *
     * @param files how many files, or a first guess when the count is not known yet
     */
    @SuppressWarnings("unchecked") // an array of a generic type has to be made raw
    public CrossFileChecks(int files) {
        ids = new String[files];
        idAt = new int[2 * files];
        related = new String[files][];
        relatedAt = new int[files][];
        diagnostics = new List[files];
    }

    /**
     * Keeps what the checks need of a file.
     *
     * @param file the file's index in the corpus, which orders the diagnostics of equal rank
     * @param loaded what loading it gave
     */
    public synchronized void record(int file, Loaded loaded) {
        if (file >= ids.length) {
            grow(Math.max(file + 1, ids.length * 2));
        }
        List<Diagnostic> own = loaded.result().diagnostics();
        if (!own.isEmpty()) {
            diagnostics[file] = own;
        }
        String id = loaded.id();
        if (id == null) {
            return;
        }
        ids[file] = id;
        int[] positions = loaded.positions();
        idAt[2 * file] = positions[0];
        idAt[2 * file + 1] = positions[1];
        if (!loaded.related().isEmpty()) {
            related[file] = loaded.related().toArray(String[]::new);
            relatedAt[file] = Arrays.copyOfRange(positions, 2, positions.length);
        }
    }

    private void grow(int files) {
        ids = Arrays.copyOf(ids, files);
        idAt = Arrays.copyOf(idAt, 2 * files);
        related = Arrays.copyOf(related, files);
        relatedAt = Arrays.copyOf(relatedAt, files);
        diagnostics = Arrays.copyOf(diagnostics, files);
    }

    /**
     * Every diagnostic of the corpus: each file's, in file order, and those across files. Only
     * valid files take part in the checks across files.
     *
     * @param sourceOf a file's name by its index, as its {@link Loaded#result()} names it; asked
     *     only for the files a check across files reports on or cites
     * @return the diagnostics, sorted by {@link Diagnostic#ORDER}
     */
    public synchronized List<Diagnostic> diagnostics(IntFunction<String> sourceOf) {
        List<Diagnostic> all = new ArrayList<>();
        for (List<Diagnostic> own : diagnostics) {
            if (own != null) {
                all.addAll(own);
            }
        }
        all.addAll(acrossFiles(sourceOf));
        all.sort(Diagnostic.ORDER);
        return all;
    }

    private List<Diagnostic> acrossFiles(IntFunction<String> sourceOf) {
        IdTable owners = new IdTable(ids);
        List<Diagnostic> out = new ArrayList<>();
        // Groups in the order of their first file, files within a group in file order.
        for (int first = 0; first < ids.length; first++) {
            if (ids[first] == null || owners.first(ids[first]) != first || owners.next(first) == NONE) {
                continue;
            }
            for (int here = first; here != NONE; here = owners.next(here)) {
                List<String> others = new ArrayList<>();
                for (int other = first; other != NONE; other = owners.next(other)) {
                    if (other != here) {
                        others.add(sourceOf.apply(other) + ":" + idAt[2 * other] + ":" + idAt[2 * other + 1]);
                    }
                }
                out.add(diagnostic(sourceOf.apply(here), idAt[2 * here], idAt[2 * here + 1], "/id", Rules.DUPLICATE_ID, "The id \""
                        + ids[first] + "\" is also used by " + String.join(", ", others) + "; every article needs its own id"));
            }
        }
        for (int file = 0; file < ids.length; file++) {
            String[] names = related[file];
            if (names == null) {
                continue;
            }
            for (int i = 0; i < names.length; i++) {
                if (owners.first(names[i]) == NONE) {
                    out.add(diagnostic(sourceOf.apply(file), relatedAt[file][2 * i], relatedAt[file][2 * i + 1], "/related/" + i, Rules.UNKNOWN_RELATED,
                            "No article with the id \"" + names[i] + "\" is among the files checked; fix the id or add that article"));
                }
            }
        }
        return out;
    }

    private static Diagnostic diagnostic(String source, int line, int column, String pointer, Rule rule, String message) {
        return new Diagnostic(source, line, column, pointer, rule.defaultSeverity(), rule.id(), message);
    }

    /**
     * The files of each id, as ints: an open-addressing table from an id to its first file, and a
     * chain from each file to the next with the same id. A map from ids to lists of files cost
     * about 120 bytes a file, for a few milliseconds at the very end of a large run, when the
     * memory of the whole run peaks.
     */
    private static final class IdTable {

        private final @Nullable String[] ids;
        /** The first file of each id, by the id's hash; {@link #NONE} where empty. */
        private final int[] slots;
        /** The next file with the same id, {@link #NONE} for the last. */
        private final int[] nexts;

        IdTable(@Nullable String[] ids) {
            this.ids = ids;
            int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
            slots = new int[capacity];
            nexts = new int[ids.length];
            Arrays.fill(slots, NONE);
            // From the last file to the first, each file goes before the ones already there: the
            // slot ends with the first file of the id, and its chain in file order.
            for (int file = ids.length - 1; file >= 0; file--) {
                String id = ids[file];
                if (id != null) {
                    int slot = slot(id);
                    nexts[file] = slots[slot];
                    slots[slot] = file;
                }
            }
        }

        /** The first file with the id, {@link #NONE} when no file has it. */
        int first(String id) {
            return slots[slot(id)];
        }

        /** The next file with the same id as {@code file}, {@link #NONE} when none. */
        int next(int file) {
            return nexts[file];
        }

        /** The slot of the id: its own, or the empty one where it would go. */
        private int slot(String id) {
            int mask = slots.length - 1;
            int h = id.hashCode();
            int slot = (h ^ (h >>> 16)) & mask;
            while (slots[slot] != NONE && !id.equals(ids[slots[slot]])) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
