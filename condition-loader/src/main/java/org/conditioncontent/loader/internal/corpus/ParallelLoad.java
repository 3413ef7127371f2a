package org.conditioncontent.loader.internal.corpus;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.conditioncontent.loader.ArticleFiles;

/**
 * Loads the files of a corpus in parallel, on threads of its own (see {@link WorkQueue}) so that a
 * caller's common pool is left alone, and keeps the results in file order so that they do not
 * depend on the order the files finish in.
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
     * @throws RuntimeException what loading the first failing file (in file order) threw; an
     *     {@link IllegalStateException} if the calling thread was interrupted
     */
    public static List<Loaded> each(ArticleFiles articleFiles, int parallelism, int maxDiagnostics, Function<Path, Loaded> load,
            UnaryOperator<Loaded> keep) {
        List<Path> files = articleFiles.files();
        Map<Path, String> refused = articleFiles.refused();
        Loaded[] kept = new Loaded[files.size()];
        WorkQueue.run(files.size(), parallelism, "conditions-load", i -> {
            Path f = files.get(i);
            String why = refused.get(f);
            kept[i] = keep.apply(why != null ? Loaded.refused(f, why, maxDiagnostics) : load.apply(f));
        });
        return Arrays.asList(kept);
    }
}
