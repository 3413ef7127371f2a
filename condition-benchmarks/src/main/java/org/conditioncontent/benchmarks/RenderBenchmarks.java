package org.conditioncontent.benchmarks;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.html.HtmlRenderer;
import org.conditioncontent.render.json.JsonRenderer;
import org.conditioncontent.render.text.TextRenderer;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing an article: the text, HTML and JSON renderers, against mustache.java rendering an
 * equivalent HTML template ({@code article.mustache}: the same page head, style sheet, sections,
 * ids and footer, every value HTML-escaped) and Jackson writing the records as JSON. Each renderer
 * writes into a new {@link StringBuilder} (mustache.java into a {@link StringWriter}), as a
 * program that renders to a string would.
 *
 * <p>{@code htmlPage} and {@code mustacheHtml} are the like-for-like pair: a full page without the
 * JSON-LD, which a logic-less template cannot build. {@code html} is the default page with the
 * JSON-LD, for the record.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class RenderBenchmarks {

    private Renderer text;
    private Renderer html;
    private Renderer htmlPage;
    private Renderer json;
    private Mustache mustache;
    private String css;
    private JsonMapper jackson;

    /** Creates the benchmark; JMH calls this. */
    public RenderBenchmarks() {}

    /**
     * Builds the renderers and compiles the template once, and checks that the template and our
     * page carry the same text.
     *
     * @param articles the articles
     * @throws IllegalStateException if the template misses a section
     */
    @Setup(Level.Trial)
    public void setUp(ArticleSet articles) {
        text = new TextRenderer();
        html = new HtmlRenderer();
        htmlPage = HtmlRenderer.builder().jsonLd(false).build();
        json = new JsonRenderer();
        jackson = JsonMapper.builder().addModule(new WireFormatModule()).build();
        // The same built-in style sheet in both pages: take it from our renderer's output.
        String page = htmlPage.render(articles.conditions[0]);
        css = page.substring(page.indexOf("<style>\n") + "<style>\n".length(), page.indexOf("</style>"));
        mustache = new DefaultMustacheFactory("org/conditioncontent/benchmarks").compile("article.mustache");
        for (Condition c : articles.conditions) {
            String ours = htmlPage.render(c);
            String theirs = mustache(c);
            for (String tag : new String[] {"<section", "<li>", "<p", "<h2"}) {
                if (count(ours, tag) != count(theirs, tag)) {
                    throw new IllegalStateException("The template and the renderer differ in " + tag + " for " + c.id()
                            + ": " + count(ours, tag) + " against " + count(theirs, tag));
                }
            }
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private String mustache(Condition c) {
        StringWriter out = new StringWriter(16384);
        mustache.execute(out, new MustacheView(c, css));
        return out.toString();
    }

    /**
     * Ours: plain text.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void text(ArticleSet articles, Blackhole bh) {
        for (Condition c : articles.conditions) {
            bh.consume(text.render(c));
        }
    }

    /**
     * Ours: the default HTML page, with the JSON-LD.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void html(ArticleSet articles, Blackhole bh) {
        for (Condition c : articles.conditions) {
            bh.consume(html.render(c));
        }
    }

    /**
     * Ours: the HTML page without the JSON-LD, like for like with the template.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void htmlPage(ArticleSet articles, Blackhole bh) {
        for (Condition c : articles.conditions) {
            bh.consume(htmlPage.render(c));
        }
    }

    /**
     * Peer: mustache.java with the equivalent template and its view.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void mustacheHtml(ArticleSet articles, Blackhole bh) {
        for (Condition c : articles.conditions) {
            bh.consume(mustache(c));
        }
    }

    /**
     * Ours: the canonical JSON.
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void json(ArticleSet articles, Blackhole bh) {
        for (Condition c : articles.conditions) {
            bh.consume(json.render(c));
        }
    }

    /**
     * Floor for JSON: Jackson writes the records (compact, with nulls and empty lists, so not the
     * canonical form; a lower bound).
     *
     * @param articles the articles
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ArticleSet.SIZE)
    public void jacksonWrite(ArticleSet articles, Blackhole bh) {
        for (Condition c : articles.conditions) {
            bh.consume(jackson.writeValueAsString(c));
        }
    }
}
