package org.conditioncontent.loader.schema;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * <p>Each format version's schema is generated from the records the loader binds that version
 * with: the model's records for the current version, and the format-1 records the loader keeps to
 * read older files. It has their field names, types, closed lists, patterns, required fields,
 * ranges, and descriptions from the records' documentation. A document the loader accepts always
 * passes it; the loader checks more (editorial rules, cross-file checks, exact dates, URLs and
 * e-mail addresses).
 */
public final class ArticleSchema {

    /** The record each format version is bound to, by version. */
    private static final Map<Integer, Class<?>> ROOTS = Map.of(
            1, org.conditioncontent.loader.format1.Condition.class,
            Condition.FORMAT_VERSION, Condition.class);

    private ArticleSchema() {}

    /**
     * The format versions the loader reads, oldest first.
     *
     * @return the versions, 1 to {@link Condition#FORMAT_VERSION}
     */
    public static List<Integer> formatVersions() {
        return ROOTS.keySet().stream().sorted().toList();
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
     * @throws IllegalStateException if the records have a type, constraint or undocumented
     *     component the generator cannot express (a mistake in the library, caught by its tests)
     */
    public static String json(int formatVersion) {
        return generate(formatVersion, Descriptions.load());
    }

    /**
     * Generates a version's schema with the given descriptions.
     *
     * @param formatVersion a format version the loader reads
     * @param descriptions the records' documentation
     * @return the schema as text
     * @throws IllegalArgumentException if the loader does not read that version
     */
    static String generate(int formatVersion, Descriptions descriptions) {
        Class<?> root = ROOTS.get(formatVersion);
        if (root == null) {
            throw new IllegalArgumentException("There is no format version " + formatVersion + "; the loader reads versions "
                    + formatVersions().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        ObjectNode version = JsonNodeFactory.instance.objectNode().put("const", formatVersion);
        SchemaGenerator generator = new SchemaGenerator(root, descriptions);
        return SchemaJson.write(generator.generate("Condition Content article, format version " + formatVersion,
                Map.of("formatVersion", version)));
    }
}
