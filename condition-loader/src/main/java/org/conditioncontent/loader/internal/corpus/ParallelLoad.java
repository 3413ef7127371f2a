package org.conditioncontent.loader.internal.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.conditioncontent.loader.ArticleFiles;

/**
 * Loads the files of a corpus in parallel, in a pool of its own so that a caller's common pool is
 * left alone, and keeps the results in file order so that they do not depend on the order the
 * files finish in.
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
     * @param keep what to keep of each file's result; called on the loading threads
     * @return what was kept, in file order
     */
    public static List<Loaded> each(ArticleFiles articleFiles, int parallelism, int maxDiagnostics, Function<Path, Loaded> load,
            UnaryOperator<Loaded> keep) {
        List<Path> files = articleFiles.files();
        Map<Path, String> refused = articleFiles.refused();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(() -> files.parallelStream()
                    .map(f -> keep.apply(refused.containsKey(f) ? Loaded.refused(f, refused.get(f), maxDiagnostics) : load.apply(f)))
                    .toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading articles", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
