package org.conditioncontent.loader.internal.corpus;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.conditioncontent.loader.ArticleFiles;
import org.jspecify.annotations.Nullable;

/**
 * Loads the files of a corpus in parallel, on threads of its own (see {@link WorkQueue}) so that a
 * caller's common pool is left alone, and hands each file's result on with the file's index, so
 * that what is made of them can be kept in file order, whatever order the files finish in. The
 * files can be a list found before, or the files of a search that goes on while the first ones
 * are loaded ({@link #whileSearching}).
 */
public final class ParallelLoad {

    private ParallelLoad() {}

    /**
     * Loads every file; a file refused when the files were found gets one error instead.
     *
     * @param articleFiles the files
     * @param parallelism how many files to load at once
     * @param maxDiagnostics the cap on a file's diagnostics
     * @param load loads one file
     * @param keep takes each file's result and its index in the list of files, once per file;
     *     called on the loading threads, at once for different files. Everything it did is
     *     visible to the caller when this method returns.
     * @throws RuntimeException what loading the first failing file (in file order) threw; an
     *     {@link IllegalStateException} if the calling thread was interrupted
     */
    public static void each(ArticleFiles articleFiles, int parallelism, int maxDiagnostics, Function<Path, Loaded> load,
            ObjIntConsumer<Loaded> keep) {
        List<Path> files = articleFiles.files();
        Map<Path, String> refused = articleFiles.refused();
        WorkQueue.run(files.size(), parallelism, "conditions-load", i -> {
            Path f = files.get(i);
            String why = refused.isEmpty() ? null : refused.get(f);
            keep.accept(why != null ? Loaded.refused(f, why, maxDiagnostics) : load.apply(f), i);
        });
    }

    /**
     * Loads every file that a search finds, while it searches: the search runs on the calling
     * thread and hands on each file as soon as it is found, in the final order; the other threads
     * load the files found so far, and the calling thread loads too once the search has ended. So
     * the second core is loading after the first file, not after the last folder listed.
     *
     * @param search the search: it hands each file, and why it is refused or {@code null}, to the
     *     consumer it is given, in file order, on the calling thread
     * @param found receives every file found, once the search has ended, on the calling thread
     *     (while the other threads are loading); what it throws stops the loading and is thrown
     * @param parallelism how many files to load at once
     * @param maxDiagnostics the cap on a file's diagnostics
     * @param load loads one file
     * @param keep as for {@link #each}
     * @return the files found
     * @throws RuntimeException what the search or {@code found} threw; else what loading the
     *     first failing file (in file order) threw; an {@link IllegalStateException} if the
     *     calling thread was interrupted
     */
    public static ArticleFiles whileSearching(Consumer<BiConsumer<Path, @Nullable String>> search,
            Consumer<ArticleFiles> found, int parallelism, int maxDiagnostics, Function<Path, Loaded> load,
            ObjIntConsumer<Loaded> keep) {
        Found files = new Found();
        WorkQueue.run(parallelism, "conditions-load", i -> {
            Path f = files.path(i);
            String why = files.refusal(i);
            keep.accept(why != null ? Loaded.refused(f, why, maxDiagnostics) : load.apply(f), i);
        }, feed -> {
            search.accept((file, why) -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("Interrupted while searching for articles");
                }
                feed.available(files.add(file, why));
            });
            found.accept(files.articleFiles());
        });
        return files.articleFiles();
    }

    /**
     * The files a search has found so far, written by the searching thread and read by the
     * loading threads. A file's entries are written before its index is made available (a
     * volatile write in {@link WorkQueue}), and the arrays are volatile, so that a loading thread
     * that reads an array grown later still sees every entry copied into it. The files are kept
     * as a compact {@link FileList}, each file's {@code Path} made again when it is loaded.
     */
    private static final class Found {
        private final FileList paths = new FileList();
        private volatile @Nullable String[] refusals = new String[256];
        private int size;
        private @Nullable ArticleFiles done;

        /** Adds a file, returning how many there are now. */
        int add(Path file, @Nullable String why) {
            if (size == refusals.length) {
                refusals = Arrays.copyOf(refusals, size * 2);
            }
            paths.append(file);
            if (why != null) {
                refusals[size] = why;
            }
            return ++size;
        }

        Path path(int i) {
            return paths.published(i);
        }

        @Nullable String refusal(int i) {
            return refusals[i];
        }

        /** Every file, once the search has ended; called on the searching thread. */
        ArticleFiles articleFiles() {
            if (done == null) {
                String[] why = refusals;
                Map<Path, String> refused = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    if (why[i] != null) {
                        refused.put(paths.get(i), why[i]);
                    }
                }
                done = new ArticleFiles(paths.freeze(), refused);
            }
            return done;
        }
    }
}
