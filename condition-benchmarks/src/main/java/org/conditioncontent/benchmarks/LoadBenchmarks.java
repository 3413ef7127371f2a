package org.conditioncontent.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.schema.ArticleSchema;
import org.conditioncontent.model.Condition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading an article: the loader against what a user would do instead, on the same bytes in the
 * same JVM. Floors: Jackson parsing into a tree, and Jackson binding into the records with no
 * checks. Ours: the full load (parse with positions, bind, Bean Validation, editorial rules), and
 * the structure only ({@link RuleSet#none()}). The peer for checks: networknt
 * json-schema-validator, parsing and validating against the JSON Schema the loader generates
 * from the model ({@link ArticleSchema}, the file {@code schema/condition-article-2.schema.json}),
 * which states the loader's structural checks.
 *
 * <p>Times are per article, averaged over the {@value ArticleSet#SIZE} articles of
 * {@link ArticleSet}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LoadBenchmarks {

    private JsonMapper treeMapper;
    private JsonMapper bindingMapper;
    private ConditionLoader fullLoader;
    private ConditionLoader structureLoader;
    private Schema schema;
    private JsonNode[] trees;

    /** Creates the benchmark; JMH calls this. */
    public LoadBenchmarks() {}

    /**
     * Builds the mappers, loaders and schema once, and checks that every contender accepts every
     * article and that binding gives the loader's records: a benchmark of a step that fails or
     * differs would measure nothing.
     *
     * @param articles the articles
     * @throws IllegalStateException if a contender disagrees on an article
     */
    @Setup(Level.Trial)
    public void setUp(ArticleSet articles) {
        treeMapper = JsonMapper.builder().build();
        // Jackson 3 binds records through their canonical constructors; the wire enums need the
        // small module. Unknown fields fail, as they do in the loader (Jackson 3 ignores them by
        // default).
        bindingMapper = JsonMapper.builder()
                .addModule(new WireFormatModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        fullLoader = ConditionLoader.builder().build();
        structureLoader = ConditionLoader.builder().rules(RuleSet.none()).build();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(readSchema());
        trees = new JsonNode[ArticleSet.SIZE];
        for (int i = 0; i < ArticleSet.SIZE; i++) {
            Condition bound = bindingMapper.readValue(articles.json[i], Condition.class);
            if (!bound.equals(articles.conditions[i])) {
                throw new IllegalStateException("Jackson binds " + articles.names[i] + " differently from the loader");
            }
            trees[i] = treeMapper.readTree(articles.json[i]);
            List<Error> errors = schema.validate(trees[i]);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("The schema rejects " + articles.names[i] + ": " + errors);
            }
        }
        // The schema must also say no, or the peer would be doing no work.
        JsonNode broken = treeMapper.readTree("{\"formatVersion\": 2, \"id\": \"Bad Id\", \"title\": \" \", \"titel\": 1}");
        if (schema.validate(broken).size() < 3) {
            throw new IllegalStateException("The schema misses errors in a broken article: " + schema.validate(broken));
        }
    }

    private JsonNode readSchema() {
        return treeMapper.readTree(ArticleSchema.json(Condition.FORMAT_VERSION));
    }


    /**
     * Floor: Jackson parses the bytes into a {@code JsonNode} tree.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void jacksonTree(ArticleSet articles, Blackhole bh) {
        for (byte[] json : articles.json) {
            bh.consume(treeMapper.readTree(json));
        }
    }

    /**
     * Floor: Jackson binds the bytes into the records, with no checks at all.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void jacksonBind(ArticleSet articles, Blackhole bh) {
        for (byte[] json : articles.json) {
            bh.consume(bindingMapper.readValue(json, Condition.class));
        }
    }

    /**
     * Ours: the full load with the default rules, from the same bytes (decoding them, strict
     * UTF-8 as for a file, is part of the work).
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void loadFull(ArticleSet articles, Blackhole bh) {
        for (int i = 0; i < ArticleSet.SIZE; i++) {
            bh.consume(fullLoader.load(articles.names[i], articles.json[i], SourceFormat.JSON));
        }
    }

    /**
     * Ours: structure only (parse with positions, bind, Bean Validation; no editorial rules).
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void loadStructure(ArticleSet articles, Blackhole bh) {
        for (int i = 0; i < ArticleSet.SIZE; i++) {
            bh.consume(structureLoader.load(articles.names[i], articles.json[i], SourceFormat.JSON));
        }
    }

    /**
     * Peer: networknt parses the bytes and validates the tree against the schema, which gives a
     * list of errors and no records.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void networkntSchema(ArticleSet articles, Blackhole bh) {
        for (byte[] json : articles.json) {
            bh.consume(schema.validate(treeMapper.readTree(json)));
        }
    }

    /**
     * Peer, validation alone: networknt on trees parsed beforehand.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void networkntSchemaParsed(Blackhole bh) {
        for (JsonNode tree : trees) {
            bh.consume(schema.validate(tree));
        }
    }
}
