package org.conditioncontent.loader.internal.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * file's id, as UTF-8 bytes in one shared array, and the id's line and column; its related ids
 * and their positions, and its diagnostics, only for the files that have some. A record per file with the file's result and
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

    /**
     * Four ints a file: where its id starts in {@link #idBytes}, the id's length in bytes plus one
     * (0 for a file without a valid id, as an array starts), and the id's line and column.
     */
    private int[] idAt;
    /**
     * The valid files' ids in UTF-8, one after another in the order the files were recorded: a
     * string per id cost about 70 bytes a file at 24 characters, these bytes 24
     * (docs/performance.md, "Issue 20: peak memory, round 6").
     */
    private byte[] idBytes;
    private int idBytesUsed;
    /**
     * What only some files have, by file: related ids with their positions, own diagnostics. An
     * array slot for each of them per file cost 12 bytes a file in a corpus where almost none has
     * any.
     */
    private final TreeMap<Integer, Extra> extras = new TreeMap<>();

    /**
     * A file's related ids and their lines and columns (two ints each), {@code null} when it has
     * none; its own diagnostics, {@code null} when it has none.
     */
    private static final class Extra {
        private String @Nullable [] related;
        private int @Nullable [] relatedAt;
        private @Nullable List<Diagnostic> diagnostics;
    }

    /**
     * Room for the files of a corpus.
     *
     * @param files how many files, or a first guess when the count is not known yet
     */
    public CrossFileChecks(int files) {
        idAt = new int[4 * files];
        idBytes = new byte[24 * files];
    }

    /**
     * Keeps what the checks need of a file.
     *
     * @param file the file's index in the corpus, which orders the diagnostics of equal rank
     * @param loaded what loading it gave
     */
    public synchronized void record(int file, Loaded loaded) {
        if (4 * file >= idAt.length) {
            idAt = Arrays.copyOf(idAt, 4 * Math.max(file + 1, idAt.length / 2));
        }
        List<Diagnostic> own = loaded.result().diagnostics();
        if (!own.isEmpty()) {
            extras.computeIfAbsent(file, f -> new Extra()).diagnostics = own;
        }
        String id = loaded.id();
        if (id == null) {
            return;
        }
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        if (idBytesUsed + bytes.length > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(idBytesUsed + bytes.length, 2 * idBytes.length));
        }
        System.arraycopy(bytes, 0, idBytes, idBytesUsed, bytes.length);
        int[] positions = loaded.positions();
        idAt[4 * file] = idBytesUsed;
        idAt[4 * file + 1] = bytes.length + 1;
        idAt[4 * file + 2] = positions[0];
        idAt[4 * file + 3] = positions[1];
        idBytesUsed += bytes.length;
        if (!loaded.related().isEmpty()) {
            Extra extra = extras.computeIfAbsent(file, f -> new Extra());
            extra.related = loaded.related().toArray(String[]::new);
            extra.relatedAt = Arrays.copyOfRange(positions, 2, positions.length);
        }
    }

    /** How many files there is room for; files past the last recorded have no id. */
    private int files() {
        return idAt.length / 4;
    }

    /** Whether a file has a valid id. */
    private boolean hasId(int file) {
        return idAt[4 * file + 1] != 0;
    }

    /** A file's id, made again from its bytes. */
    private String id(int file) {
        return new String(idBytes, idAt[4 * file], idAt[4 * file + 1] - 1, StandardCharsets.UTF_8);
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
        for (Extra extra : extras.values()) {
            if (extra.diagnostics != null) {
                all.addAll(extra.diagnostics);
            }
        }
        all.addAll(acrossFiles(sourceOf));
        all.sort(Diagnostic.ORDER);
        return all;
    }

    private List<Diagnostic> acrossFiles(IntFunction<String> sourceOf) {
        IdTable owners = new IdTable();
        List<Diagnostic> out = new ArrayList<>();
        // Groups in the order of their first file, files within a group in file order.
        for (int first = 0; first < files(); first++) {
            if (!hasId(first) || owners.first(first) != first || owners.next(first) == NONE) {
                continue;
            }
            String id = id(first);
            for (int here = first; here != NONE; here = owners.next(here)) {
                List<String> others = new ArrayList<>();
                for (int other = first; other != NONE; other = owners.next(other)) {
                    if (other != here) {
                        others.add(sourceOf.apply(other) + ":" + idAt[4 * other + 2] + ":" + idAt[4 * other + 3]);
                    }
                }
                out.add(diagnostic(sourceOf.apply(here), idAt[4 * here + 2], idAt[4 * here + 3], "/id", Rules.DUPLICATE_ID, "The id \""
                        + id + "\" is also used by " + String.join(", ", others) + "; every article needs its own id"));
            }
        }
        for (Map.Entry<Integer, Extra> entry : extras.entrySet()) {
            String[] names = entry.getValue().related;
            int[] at = entry.getValue().relatedAt;
            if (names == null || at == null) {
                continue;
            }
            for (int i = 0; i < names.length; i++) {
                if (owners.first(names[i].getBytes(StandardCharsets.UTF_8)) == NONE) {
                    out.add(diagnostic(sourceOf.apply(entry.getKey()), at[2 * i], at[2 * i + 1], "/related/" + i, Rules.UNKNOWN_RELATED,
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
     * memory of the whole run peaks. Ids are compared as their UTF-8 bytes, where they are kept.
     */
    private final class IdTable {

        /** The first file of each id, by the id's hash; {@link #NONE} where empty. */
        private final int[] slots;
        /** The next file with the same id, {@link #NONE} for the last. */
        private final int[] nexts;

        IdTable() {
            int files = files();
            int capacity = Integer.highestOneBit(Math.max(4, files * 2 - 1)) << 1;
            slots = new int[capacity];
            nexts = new int[files];
            Arrays.fill(slots, NONE);
            // From the last file to the first, each file goes before the ones already there: the
            // slot ends with the first file of the id, and its chain in file order.
            for (int file = files - 1; file >= 0; file--) {
                if (hasId(file)) {
                    int start = idAt[4 * file];
                    int slot = slot(idBytes, start, start + idAt[4 * file + 1] - 1);
                    nexts[file] = slots[slot];
                    slots[slot] = file;
                }
            }
        }

        /** The first file with the same id as {@code file}. */
        int first(int file) {
            int start = idAt[4 * file];
            return slots[slot(idBytes, start, start + idAt[4 * file + 1] - 1)];
        }

        /** The first file with an id, given as UTF-8, {@link #NONE} when no file has it. */
        int first(byte[] id) {
            return slots[slot(id, 0, id.length)];
        }

        /** The next file with the same id as {@code file}, {@link #NONE} when none. */
        int next(int file) {
            return nexts[file];
        }

        /** The slot of the id {@code bytes[from, to)}: its own, or the empty one where it would go. */
        private int slot(byte[] bytes, int from, int to) {
            int mask = slots.length - 1;
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + bytes[i];
            }
            int slot = (h ^ (h >>> 16)) & mask;
            while (slots[slot] != NONE && !sameId(slots[slot], bytes, from, to)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private boolean sameId(int file, byte[] bytes, int from, int to) {
            int start = idAt[4 * file];
            return Arrays.equals(idBytes, start, start + idAt[4 * file + 1] - 1, bytes, from, to);
        }
    }
}
