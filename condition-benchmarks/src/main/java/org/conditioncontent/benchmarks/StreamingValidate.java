package org.conditioncontent.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;

/**
 * What {@code conditions validate PATH...} does, written on {@link ConditionLoader#checkAll}
 * instead of {@link ConditionLoader#loadAll}: the same checks and the same summary line
 * ({@code N files, E errors, W warnings}, after one line per finding), but no article is kept once
 * it has been checked. It shows, with the same corpus and a cold JVM, what the command's memory
 * and time become when it stops holding every article (see docs/performance.md); the command
 * itself is in condition-cli.
 *
 * <pre>
 * java -cp condition-benchmarks/target/benchmarks.jar org.conditioncontent.benchmarks.StreamingValidate /tmp/corpus/c100000
 * </pre>
 */
public final class StreamingValidate {

    /** Held so that java.util.logging keeps the level: Hibernate Validator logs its version at INFO. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private StreamingValidate() {}

    /**
     * Checks the files and folders given and prints every finding, then the summary line.
     *
     * @param args files and folders
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        ConditionLoader loader = ConditionLoader.builder().build();
        AtomicInteger files = new AtomicInteger();
        List<Diagnostic> diagnostics = loader.checkAll(Arrays.stream(args).map(Path::of).toList(), result -> files.incrementAndGet());
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(d).append('\n'));
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        out.append(files.get()).append(" files, ").append(errors).append(" errors, ").append(warnings).append(" warnings");
        System.out.println(out);
        System.exit(errors > 0 ? 1 : 0);
    }
}
