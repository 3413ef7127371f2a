package org.conditioncontent.loader.internal.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.conditioncontent.loader.ArticleFiles;

/**
 * Loads the files of a corpus in parallel, on threads of its own (see {@link WorkQueue}) so that a
 * caller's common pool is left alone, and hands each file's result on with the file's index, so
 * that what is made of them can be kept in file order, whatever order the files finish in.
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
            String why = refused.get(f);
            keep.accept(why != null ? Loaded.refused(f, why, maxDiagnostics) : load.apply(f), i);
        });
    }
}
