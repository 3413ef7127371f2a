package org.conditioncontent.benchmarks;

import java.util.concurrent.TimeUnit;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.binding.Binder;
import org.conditioncontent.loader.internal.reading.DocumentReader;
import org.conditioncontent.model.Condition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The first two steps of a load on their own, to be set against {@link LoadBenchmarks#jacksonTree}
 * (Jackson's tree parse of the same bytes): the loader's reading stage (strict UTF-8 check, parse
 * into its tree with a position for every value and field name) and that stage followed by
 * binding into the records. The loader's internal
 * classes are used directly: the benchmarks run from the class path. Times are per article, over
 * the {@value ArticleSet#SIZE} articles of {@link ArticleSet}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ParseBenchmarks {

    /** The loader's default limits (see ConditionLoader.Builder). */
    private static final Limits LIMITS = new Limits(4 * 1024 * 1024, 64, 100_000, 200);

    private DocumentReader reader;

    /** Creates the benchmark; JMH calls this. */
    public ParseBenchmarks() {}

    /**
     * Builds the reader once, and checks that the reader reads every article.
     *
     * @param articles the articles
     * @throws IllegalStateException if an article does not read
     */
    @Setup
    public void setUp(ArticleSet articles) {
        reader = new DocumentReader(LIMITS);
        for (int i = 0; i < ArticleSet.SIZE; i++) {
            if (reader.read(articles.json[i], SourceFormat.JSON, new Findings(articles.names[i], 100)) == null) {
                throw new IllegalStateException("The reader does not read " + articles.names[i]);
            }
        }
    }

    /**
     * Ours: the reading stage, bytes to a tree with positions.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void readTree(ArticleSet articles, Blackhole bh) {
        for (int i = 0; i < ArticleSet.SIZE; i++) {
            bh.consume(reader.read(articles.json[i], SourceFormat.JSON, new Findings(articles.names[i], 100)));
        }
    }

    /**
     * Ours: the reading stage and binding into the records, without validation or rules.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void readAndBind(ArticleSet articles, Blackhole bh) {
        for (int i = 0; i < ArticleSet.SIZE; i++) {
            Findings findings = new Findings(articles.names[i], 100);
            Node root = reader.read(articles.json[i], SourceFormat.JSON, findings);
            bh.consume(new Binder(findings).bind(root, Condition.class));
        }
    }
}
