package org.conditioncontent.loader.report;

import java.nio.file.Path;
import java.util.Arrays;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.rules.RuleSet;

/** The repository's example articles, loaded as the command loads them, for the reports' tests. */
final class Examples {

    /** The repository's root: the reports name files relative to it, as in CI. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private static final ConditionLoader LOADER = ConditionLoader.builder().rules(RuleSet.defaults()).build();

    private Examples() {}

    /**
     * Loads files and folders of the repository with the default rules.
     *
     * @param paths paths relative to the repository's root, such as {@code examples/invalid}
     * @return every file's result, files named by their absolute paths
     */
    static CorpusResult load(String... paths) {
        return LOADER.loadAll(Arrays.stream(paths).map(REPOSITORY::resolve).toList());
    }
}
