package org.conditioncontent.lsp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The model's documentation of each record component and enum constant, as its Javadoc says it.
 * Javadoc is not in class files, so the build writes it to {@value #RESOURCE} (see
 * {@code src/build/java/FieldDocsSource.java}); this reads it once.
 */
final class FieldDocs {

    static final String RESOURCE = "field-docs.tsv";

    private static final Map<String, String> DOCS = load();

    private FieldDocs() {}

    /** The documentation of a record's field, or {@code null} when the model has none. */
    static @Nullable String field(Class<?> record, String name) {
        return DOCS.get(record.getSimpleName() + "." + name);
    }

    /** The documentation of an enum constant, or {@code null} when the model has none. */
    static @Nullable String constant(Enum<?> constant) {
        return DOCS.get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    private static Map<String, String> load() {
        Map<String, String> docs = new HashMap<>();
        try (InputStream in = FieldDocs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The field documentation " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    docs.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the field documentation " + RESOURCE, e);
        }
        return Map.copyOf(docs);
    }
}
