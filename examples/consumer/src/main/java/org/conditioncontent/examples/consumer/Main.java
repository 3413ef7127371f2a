package org.conditioncontent.examples.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderers;

/**
 * Loads one article and writes its HTML page, as the README's Java example does.
 * Usage: {@code Main ARTICLE OUTPUT.html}, or {@code Main classpath:ID OUTPUT.html} to take the
 * article with that id from the articles packed in a jar on the class path (or module path), under
 * {@code condition-articles/}.
 */
public final class Main {

    /** The prefix of an article taken from the class path. */
    private static final String CLASS_PATH = "classpath:";

    /** The folder of the jar of articles; a hyphen keeps it from being a package, which a module would hide. */
    private static final String ARTICLES = "condition-articles";

    private Main() {}

    /**
     * The article with an id, from the jar of articles on the class path.
     *
     * @param loader the loader
     * @param id the article's id
     * @return the article
     * @throws IllegalStateException if the articles have errors or none has the id
     */
    private static Condition fromClassPath(ConditionLoader loader, String id) {
        CorpusResult articles = loader.loadResources(Main.class.getClassLoader(), ARTICLES);
        articles.diagnostics().forEach(System.err::println);
        if (articles.hasAtLeast(Severity.ERROR)) {
            throw new IllegalStateException("The articles on the class path have errors");
        }
        System.out.println("Loaded " + articles.conditions().size() + " articles from " + ARTICLES + "/ on the class path");
        return articles.conditions().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No article on the class path has the id " + id));
    }

    /**
     * Runs the example.
     *
     * @param args the article file and the HTML file to write
     * @throws IOException if the HTML cannot be written
     */
    public static void main(String[] args) throws IOException {
        // The README's example, line for line.
        ConditionLoader loader = ConditionLoader.builder().build();          // build once; thread-safe
        Condition condition = args[0].startsWith(CLASS_PATH) ? fromClassPath(loader, args[0].substring(CLASS_PATH.length())) : null;
        if (condition == null) {
            LoadResult result = loader.load(Path.of(args[0]));
            result.diagnostics().forEach(System.err::println);              // file:line:column: error: message [rule]
            condition = result.orThrow();                                   // ConditionLoadException if invalid
        }

        Renderers renderers = Renderers.discover();                           // text, html, json, and any plugged in
        String page = renderers.get("html").render(condition);

        Files.writeString(Path.of(args[1]), page, StandardCharsets.UTF_8);
        System.out.println("Wrote " + args[1] + " (" + renderers.formats() + " available, "
                + (Main.class.getModule().isNamed() ? "module path" : "class path") + ")");
    }
}
