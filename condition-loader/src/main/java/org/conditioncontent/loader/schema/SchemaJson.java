package org.conditioncontent.loader.schema;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a schema as the repository keeps it: indented by two spaces, {@code "name": value}, one
 * array element a line, {@code \n} line ends on every system, a final newline. Stable output
 * makes a stale schema file a plain text difference.
 */
final class SchemaJson {

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(INDENTER)
                    .withArrayIndenter(INDENTER))
            .build();

    private SchemaJson() {}

    /**
     * The schema as text.
     *
     * @param schema the schema
     * @return its JSON, ending with a newline
     */
    static String write(ObjectNode schema) {
        return MAPPER.writeValueAsString(schema) + "\n";
    }
}
