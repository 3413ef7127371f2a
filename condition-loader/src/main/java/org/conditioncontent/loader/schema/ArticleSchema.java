package org.conditioncontent.loader.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.conditioncontent.model.Condition;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the article format, for editors' completion and checks:
 *
 * <pre>{@code
 * String schema = ArticleSchema.json(Condition.FORMAT_VERSION);   // what `conditions schema` prints
 * }</pre>
 *
 * <p>The schema of the current format version is generated from the model's records: field
 * names, types, closed lists, patterns, required fields, ranges, and descriptions from the
 * records' documentation. A document the loader accepts always passes it; the loader checks more
 * (editorial rules, cross-file checks, exact dates, URLs and e-mail addresses). The schemas of
 * older format versions, which the loader still reads but the records no longer describe, are
 * the files the repository keeps under {@code schema/}, frozen when their version was current.
 */
public final class ArticleSchema {

    /** Where the schemas of earlier format versions are kept in the library's resources. */
    private static final String FROZEN = "/org/conditioncontent/loader/schema/frozen/";

    private ArticleSchema() {}

    /**
     * The format versions the loader reads, oldest first.
     *
     * @return the versions, 1 to {@link Condition#FORMAT_VERSION}
     */
    public static List<Integer> formatVersions() {
        return IntStream.rangeClosed(1, Condition.FORMAT_VERSION).boxed().toList();
    }

    /**
     * The name the repository and the documentation give a version's schema file.
     *
     * @param formatVersion a format version
     * @return {@code condition-article-<version>.schema.json}
     */
    public static String fileName(int formatVersion) {
        return "condition-article-" + formatVersion + ".schema.json";
    }

    /**
     * The schema of a format version as JSON text, indented by two spaces, ending with a newline.
     *
     * @param formatVersion a format version the loader reads
     * @return the schema
     * @throws IllegalArgumentException if the loader does not read that version
     * @throws IllegalStateException if the model has a type, constraint or undocumented component
     *     the generator cannot express (a mistake in the library, caught by its tests)
     */
    public static String json(int formatVersion) {
        if (!formatVersions().contains(formatVersion)) {
            throw new IllegalArgumentException("There is no format version " + formatVersion + "; the loader reads versions 1 to "
                    + Condition.FORMAT_VERSION);
        }
        if (formatVersion == Condition.FORMAT_VERSION) {
            return generate(Descriptions.load());
        }
        return frozen(formatVersion);
    }

    /**
     * Generates the current version's schema with the given descriptions.
     *
     * @param descriptions the records' documentation
     * @return the schema as text
     */
    static String generate(Descriptions descriptions) {
        int version = Condition.FORMAT_VERSION;
        ObjectNode formatVersion = JsonNodeFactory.instance.objectNode().put("const", version);
        SchemaGenerator generator = new SchemaGenerator(Condition.class, descriptions, Map.of());
        return SchemaJson.write(generator.generate("Condition Content article, format version " + version,
                Map.of("formatVersion", formatVersion)));
    }

    private static String frozen(int formatVersion) {
        String resource = FROZEN + fileName(formatVersion);
        try (InputStream in = ArticleSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema of format version " + formatVersion + " is missing from the library ("
                        + resource + "); keep schema/" + fileName(formatVersion) + " in the repository");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
