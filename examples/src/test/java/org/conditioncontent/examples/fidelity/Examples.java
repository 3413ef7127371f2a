package org.conditioncontent.examples.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderers;

/** The example articles of {@code examples/conditions} and their publisher layouts, as the tests read them. */
final class Examples {

    /** The folder of the example articles; tests run in the module's folder. */
    static final Path FOLDER = Path.of("conditions");

    /** The file name ending of a publisher layout. */
    static final String LAYOUT = ".layout.txt";

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    /** The renderers found on the class path: text, HTML and JSON, and the examples' own. */
    static final Renderers RENDERERS = Renderers.discover();

    private Examples() {}

    /**
     * The ids of the example articles (their YAML files' names), sorted.
     *
     * @return the ids
     */
    static List<String> ids() {
        return files(".yaml");
    }

    /**
     * The ids of the articles that have a publisher layout, sorted.
     *
     * @return the ids
     */
    static List<String> withLayout() {
        return files(LAYOUT);
    }

    /**
     * Loads an example article.
     *
     * @param id its id
     * @return the article
     * @throws org.conditioncontent.loader.ConditionLoadException if it has errors
     */
    static Condition load(String id) {
        return LOADER.load(FOLDER.resolve(id + ".yaml")).orThrow();
    }

    /**
     * Reads an article's publisher layout.
     *
     * @param id the article's id
     * @return the layout
     */
    static PublisherLayout layout(String id) {
        try {
            return PublisherLayout.read(FOLDER.resolve(id + LAYOUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(String ending) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(ending))
                    .map(name -> name.substring(0, name.length() - ending.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
