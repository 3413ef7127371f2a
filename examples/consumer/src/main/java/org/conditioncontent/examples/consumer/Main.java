package org.conditioncontent.examples.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderers;

/**
 * Loads one article and writes its HTML page, as the README's Java example does.
 * Usage: {@code Main ARTICLE OUTPUT.html}.
 */
public final class Main {

    private Main() {}

    /**
     * Runs the example.
     *
     * @param args the article file and the HTML file to write
     * @throws IOException if the HTML cannot be written
     */
    public static void main(String[] args) throws IOException {
        // The README's example, line for line.
        ConditionLoader loader = ConditionLoader.builder().build();          // build once; thread-safe
        LoadResult result = loader.load(Path.of(args[0]));
        result.diagnostics().forEach(System.err::println);                  // file:line:column: error: message [rule]
        Condition condition = result.orThrow();                               // ConditionLoadException if invalid

        Renderers renderers = Renderers.discover();                           // text, html, json, and any plugged in
        String page = renderers.get("html").render(condition);

        Files.writeString(Path.of(args[1]), page, StandardCharsets.UTF_8);
        System.out.println("Wrote " + args[1] + " (" + renderers.formats() + " available, "
                + (Main.class.getModule().isNamed() ? "module path" : "class path") + ")");
    }
}
