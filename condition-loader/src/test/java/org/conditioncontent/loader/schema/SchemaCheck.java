package org.conditioncontent.loader.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;

/**
 * A JSON Schema validator for tests (networknt, draft 2020-12, formats asserted, locations as
 * JSON Pointers), and the pointer of each error written as the loader writes its findings'.
 */
public final class SchemaCheck {

    /** One error: the JSON Pointer of the value it is about, its keyword and its message. */
    public record Problem(String pointer, String keyword, String message) {}

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build()));

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    /**
     * A validator for a schema.
     *
     * @param schemaJson the schema's text
     * @return the validator
     */
    public static SchemaCheck of(String schemaJson) {
        return new SchemaCheck(REGISTRY.getSchema(schemaJson, InputFormat.JSON));
    }

    /**
     * The errors of a schema against the draft 2020-12 meta-schema (from the validator's own copy).
     *
     * @param schemaJson the schema's text
     * @return the errors; empty for a valid schema
     */
    public static List<Problem> metaSchemaErrors(String schemaJson) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SchemaGenerator.DRAFT_2020_12));
        return problems(meta.validate(schemaJson, InputFormat.JSON));
    }

    /**
     * The errors of a document.
     *
     * @param document the document's text
     * @param format JSON or YAML
     * @return the errors; empty when it passes
     */
    public List<Problem> errors(String document, InputFormat format) {
        return problems(schema.validate(document, format));
    }

    private static List<Problem> problems(List<Error> errors) {
        return errors.stream().map(e -> new Problem(pointer(e), e.getKeyword(), e.getMessage())).toList();
    }

    /**
     * The pointer the loader would give: a missing required field and an unknown field are about
     * the field, which the validator reports as a property of the enclosing object.
     */
    private static String pointer(Error e) {
        String at = e.getInstanceLocation().toString();
        if (("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword())) && e.getProperty() != null) {
            return at + "/" + e.getProperty().replace("~", "~0").replace("/", "~1");
        }
        return at;
    }
}
