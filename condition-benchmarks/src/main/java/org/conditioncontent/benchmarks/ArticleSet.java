package org.conditioncontent.benchmarks;

import java.nio.charset.StandardCharsets;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.model.Condition;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The articles every benchmark reads: the first {@value #SIZE} articles of the corpus with
 * {@link CorpusGenerator#DEFAULT_SEED}, as canonical JSON bytes, and the records the loader makes
 * of them. Every benchmark works through all of them per operation and reports the time per
 * article ({@code @OperationsPerInvocation(SIZE)}), so that a result is the mean over short, typical
 * and long articles rather than the time of one shape of article.
 */
@State(Scope.Benchmark)
public class ArticleSet {

    /** How many articles one operation goes through. */
    public static final int SIZE = 100;

    /** The documents, canonical JSON in UTF-8. */
    public byte[][] json;
    /** The name of each document, as a file name would be given to the loader. */
    public String[] names;
    /** The loaded articles, for the renderers. */
    public Condition[] conditions;
    /** The bytes of all documents together. */
    public long totalBytes;

    /** Creates the state; JMH calls this. */
    public ArticleSet() {}

    /**
     * Generates the articles and loads each once.
     *
     * @throws IllegalStateException if one is not valid
     */
    @Setup(Level.Trial)
    public void generate() {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        ConditionLoader loader = ConditionLoader.builder().build();
        json = new byte[SIZE][];
        names = new String[SIZE];
        conditions = new Condition[SIZE];
        for (int i = 0; i < SIZE; i++) {
            Condition c = generator.article(i);
            json[i] = CorpusGenerator.json(c);
            names[i] = c.id() + ".json";
            conditions[i] = loader.load(names[i], new String(json[i], StandardCharsets.UTF_8), SourceFormat.JSON).orThrow();
            totalBytes += json[i].length;
        }
    }
}
