package org.conditioncontent.loader.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each record and record component means, in the words of the model's Javadoc: the first
 * sentence of a type's comment, and each component's {@code @param} text. Javadoc is not there at
 * run time, so the descriptions are kept in {@code descriptions.json} beside this class, and
 * {@code SchemaFilesTest} checks that file against the model's sources (and rewrites it on
 * request), so the two cannot drift apart.
 */
final class Descriptions {

    /** The resource, beside this class. */
    static final String RESOURCE = "descriptions.json";

    /** The model's package, whose types' descriptions are kept under their simple names. */
    static final String MODEL_PACKAGE = "org.conditioncontent.model";

    /** The key of a type's own description among its components' descriptions. */
    static final String TYPE_KEY = "";

    /** The command that rewrites the resource from the model's sources. */
    static final String REGENERATE = "mvn -pl condition-loader -am test -Dtest=SchemaFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dschema.write=true";

    private final Map<String, Map<String, String>> byType;

    /**
     * Descriptions from a map.
     *
     * @param byType for each type's name ({@link #key(Class)}), its description under {@link #TYPE_KEY} and each
     *     component's under the component's name
     */
    Descriptions(Map<String, Map<String, String>> byType) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        byType.forEach((type, texts) -> copy.put(type, Map.copyOf(texts)));
        this.byType = Map.copyOf(copy);
    }

    /**
     * The descriptions kept with the library.
     *
     * @return the descriptions
     * @throws UncheckedIOException if the resource cannot be read
     */
    static Descriptions load() {
        try (InputStream in = Descriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the loader's resources");
            }
            JsonNode root = JsonMapper.shared().readTree(in);
            Map<String, Map<String, String>> byType = new LinkedHashMap<>();
            root.properties().forEach(type -> {
                Map<String, String> texts = new LinkedHashMap<>();
                type.getValue().properties().forEach(text -> texts.put(text.getKey(), text.getValue().asString()));
                byType.put(type.getKey(), texts);
            });
            return new Descriptions(byType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The descriptions by type, as kept.
     *
     * @return for each type's name ({@link #key(Class)}), its texts
     */
    Map<String, Map<String, String>> byType() {
        return byType;
    }

    /**
     * What a type is.
     *
     * @param type a record or sealed interface
     * @return the first sentence of its documentation
     * @throws IllegalStateException if it has none
     */
    String ofType(Class<?> type) {
        return text(type, TYPE_KEY);
    }

    /**
     * What a component holds.
     *
     * @param type a record
     * @param component one of its components
     * @return its {@code @param} text
     * @throws IllegalStateException if it has none
     */
    String ofComponent(Class<?> type, String component) {
        return text(type, component);
    }

    /**
     * The name a type's descriptions are kept under: a model type's simple name, and another
     * type's simple name after its package's last part ({@code format1.Condition}), so that the
     * format-1 records the loader still reads do not take the names of the model's.
     *
     * @param type a record or sealed interface
     * @return the name
     */
    static String key(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.equals(MODEL_PACKAGE) ? type.getSimpleName() : pkg.substring(pkg.lastIndexOf('.') + 1) + "." + type.getSimpleName();
    }

    private String text(Class<?> type, String key) {
        Map<String, String> texts = byType.get(key(type));
        String text = texts == null ? null : texts.get(key);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("No description of " + key(type) + (key.isEmpty() ? "" : "." + key)
                    + " in " + RESOURCE + "; document it in the model and run: " + REGENERATE);
        }
        return text;
    }
}
