package org.conditioncontent.loader.schema;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.PartialDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of a record type as the loader reads it, by reflection
 * over the wire format ({@link RecordShape}, {@link WireFormat}) and the Jakarta constraints on
 * the record components ({@link ConstraintKeywords}). Each rule below mirrors the loader's binder,
 * so a document the loader accepts always passes the schema:
 * <ul>
 *   <li>a record is an object with the component names as properties, no others
 *       ({@code additionalProperties: false}); components with {@code @NotNull},
 *       {@code @NotBlank} or {@code @NotEmpty} are required;</li>
 *   <li>{@code null} is the same as absent, so optional properties also accept {@code null};</li>
 *   <li>texts also accept numbers (YAML authors write {@code volume: 10}); whole numbers stay
 *       within Java's {@code int}; dates are ISO 8601 calendar dates; a {@link PartialDate} is a
 *       year, a year and month or a full date as text, or a year as a number; enums take their
 *       wire names; lists take their element's schema, with the element's own constraints;</li>
 *   <li>a record with a text form (a paragraph, an item with only its text) is either that text,
 *       with its first component's constraints, or the object;</li>
 *   <li>a sealed interface (a block) is one of its permitted records ({@code oneOf}): text is the
 *       record with a text form, and an object is the record whose first component it has as a
 *       field, as {@link WireFormat#objectVariant} tells them apart;</li>
 *   <li>records are defined once under {@code $defs} and referenced, so recursive records work;
 *       the root record is the schema itself ({@code #}).</li>
 * </ul>
 * Descriptions come from the records' documentation ({@link Descriptions}). One generator per
 * schema; not thread-safe.
 */
final class SchemaGenerator {

    /** The meta-schema every generated schema declares. */
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /**
     * An ISO 8601 calendar date as {@link WireFormat#parseDate(String)} reads it: {@code YYYY-MM-DD}
     * with a year from 1000. Days are not checked against their month; the loader does.
     */
    static final String DATE_PATTERN = "^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$";

    /**
     * A {@link PartialDate} as text, as {@link PartialDate#parse(String)} reads it: {@code YYYY},
     * {@code YYYY-MM} or {@code YYYY-MM-DD} with a year from 1000. Days are not checked against
     * their month; the loader does.
     */
    static final String PARTIAL_DATE_PATTERN = "^[1-9][0-9]{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Class<?> root;
    private final Descriptions descriptions;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();
    private final Map<String, Class<?>> defined = new HashMap<>();

    /**
     * Creates a generator.
     *
     * @param root the record that is the whole document
     * @param descriptions the records' documentation
     * @throws IllegalArgumentException if the root is not a record
     */
    SchemaGenerator(Class<?> root, Descriptions descriptions) {
        if (!root.isRecord()) {
            throw new IllegalArgumentException(root.getName() + " is not a record");
        }
        this.root = root;
        this.descriptions = descriptions;
    }

    /**
     * The schema of the root record.
     *
     * @param title the schema's title
     * @param rootProperties schemas that replace the generated schema of some of the root's
     *     properties (the format version, which each format's schema fixes)
     * @return the schema
     * @throws IllegalStateException if a component has a type or constraint the generator cannot
     *     express, or a description is missing
     */
    ObjectNode generate(String title, Map<String, ObjectNode> rootProperties) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DRAFT_2020_12);
        schema.put("title", title);
        ObjectNode body = record(root);
        for (Map.Entry<String, ObjectNode> replaced : rootProperties.entrySet()) {
            ObjectNode properties = (ObjectNode) body.get("properties");
            if (!properties.has(replaced.getKey())) {
                throw new IllegalStateException(root.getSimpleName() + " has no component " + replaced.getKey());
            }
            ObjectNode property = NODES.objectNode();
            property.put("description", sentence(descriptions.ofComponent(root, replaced.getKey())));
            property.setAll(replaced.getValue());
            properties.set(replaced.getKey(), property);
        }
        schema.setAll(body);
        if (!definitions.isEmpty()) {
            ObjectNode defs = schema.putObject("$defs");
            definitions.forEach(defs::set);
        }
        return schema;
    }

    /**
     * A record's schema, defining the records it refers to on the way: its object, or, for a
     * record with a text form, its text or its object.
     */
    private ObjectNode record(Class<?> type) {
        if (!WireFormat.hasTextForm(type)) {
            ObjectNode schema = NODES.objectNode();
            schema.put("description", descriptions.ofType(type));
            schema.setAll(object(type));
            return schema;
        }
        RecordComponent first = type.getRecordComponents()[0];
        ObjectNode text = NODES.objectNode();
        text.put("type", "string");
        ConstraintKeywords.of(type, first).applyToString(text);
        ObjectNode schema = NODES.objectNode();
        schema.put("description", descriptions.ofType(type) + " Written as its " + first.getName() + " alone, or as an object.");
        ArrayNode oneOf = schema.putArray("oneOf");
        oneOf.add(text);
        oneOf.add(object(type));
        return schema;
    }

    /** A record's object schema. */
    private ObjectNode object(Class<?> type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        Map<String, RecordComponent> components = new TreeMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        for (Property property : RecordShape.of(type).properties()) {
            RecordComponent component = components.get(property.name());
            if (component == null) {
                throw new IllegalStateException(type.getSimpleName() + " has no component " + property.name());
            }
            ConstraintKeywords constraints = ConstraintKeywords.of(type, component);
            ObjectNode value = value(component.getAnnotatedType(), constraints, !constraints.required());
            ObjectNode described = NODES.objectNode();
            described.put("description", describe(descriptions.ofComponent(type, property.name()), constraints.messages()));
            described.setAll(value);
            properties.set(property.name(), described);
            if (constraints.required()) {
                required.add(property.name());
            }
        }
        if (!required.isEmpty()) {
            ArrayNode names = schema.putArray("required");
            required.forEach(names::add);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
    /** The description, then the constraints' own messages, which are written for editors. */
    private static String describe(String description, List<String> messages) {
        StringBuilder out = new StringBuilder(sentence(description));
        for (String message : messages) {
            String m = message.strip();
            out.append(" It ").append(m).append(m.endsWith(".") ? "" : ".");
        }
        return out.toString();
    }

    private static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    /**
     * The schema of one value: a component's, or a list element's.
     *
     * @param annotated the value's type with its type-use annotations
     * @param constraints the value's constraints
     * @param nullable whether {@code null} is accepted (and read as absent)
     */
    private ObjectNode value(AnnotatedType annotated, ConstraintKeywords constraints, boolean nullable) {
        Class<?> raw = Property.raw(annotated.getType());
        ObjectNode schema = NODES.objectNode();
        if (raw == List.class) {
            types(schema, nullable, "array");
            AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
            schema.set("items", value(element, ConstraintKeywords.ofElement(element), false));
            constraints.applyToArray(schema);
        } else if (raw == String.class) {
            types(schema, nullable, "string", "number");
            constraints.applyToString(schema);
        } else if (raw == Integer.class || raw == int.class) {
            types(schema, nullable, "integer");
            constraints.applyToInteger(schema);
        } else if (raw == Boolean.class || raw == boolean.class) {
            types(schema, nullable, "boolean");
        } else if (raw == LocalDate.class) {
            types(schema, nullable, "string");
            schema.put("pattern", DATE_PATTERN);
        } else if (raw == PartialDate.class) {
            // YAML authors write "lastReviewed: 2019" as a number; the binder takes it as the year.
            types(schema, nullable, "string", "integer");
            schema.put("pattern", PARTIAL_DATE_PATTERN);
            schema.put("minimum", 1000);
            schema.put("maximum", 9999);
        } else if (raw.isEnum()) {
            ArrayNode names = schema.putArray("enum");
            WireFormat.enumNames(raw).forEach(names::add);
            if (nullable) {
                names.addNull();
            }
        } else if (raw.isRecord() || raw.isSealed()) {
            ObjectNode reference = NODES.objectNode().put("$ref", reference(raw));
            if (nullable) {
                ArrayNode anyOf = schema.putArray("anyOf");
                anyOf.add(reference);
                anyOf.addObject().put("type", "null");
            } else {
                schema.setAll(reference);
            }
        } else {
            throw new IllegalStateException("The schema generator has no schema for " + annotated.getType()
                    + "; add it to SchemaGenerator.value beside the binder's reader for it");
        }
        return schema;
    }

    private static void types(ObjectNode schema, boolean nullable, String... types) {
        if (types.length == 1 && !nullable) {
            schema.put("type", types[0]);
            return;
        }
        ArrayNode list = schema.putArray("type");
        for (String t : types) {
            list.add(t);
        }
        if (nullable) {
            list.add("null");
        }
    }

    /** A reference to a record's or sealed interface's definition, made on first use. */
    private String reference(Class<?> type) {
        if (type == root) {
            return "#";
        }
        String name = type.getSimpleName();
        Class<?> earlier = defined.putIfAbsent(name, type);
        if (earlier != null && earlier != type) {
            throw new IllegalStateException(earlier.getName() + " and " + type.getName() + " would both be defined as " + name
                    + " in one schema; rename one of them");
        }
        if (!definitions.containsKey(name)) {
            definitions.put(name, NODES.objectNode()); // reserved first: a record may refer to itself
            definitions.put(name, type.isSealed() ? variants(type) : record(type));
        }
        return "#/$defs/" + name;
    }

    /**
     * Makes a schema require an object with a field. The type and the field's (any) schema are
     * written beside {@code required} because strict validators (ajv) want each keyword's type,
     * and each required field, in the same schema object, not behind a {@code $ref}.
     */
    private static void having(ObjectNode schema, String field) {
        schema.put("type", "object");
        schema.putObject("properties").put(field, true);
        schema.putArray("required").add(field);
    }

    /** The definition name a reference made by {@link #reference(Class)} points to. */
    private static String simpleName(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    /** Whether a text-form record's definition requires a field of its object. */
    private static boolean requires(@Nullable ObjectNode definition, String field) {
        if (definition == null || !(definition.get("oneOf") instanceof ArrayNode forms)) {
            return false;
        }
        for (JsonNode form : forms) {
            if (form.path("required") instanceof ArrayNode required) {
                for (JsonNode name : required) {
                    if (name.asString().equals(field)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A sealed interface: exactly one of its permitted records. A text is the record with a text
     * form; an object must have the record's first component as a field, and none of the first
     * fields of the records before it, which the binder would have chosen first.
     */
    private ObjectNode variants(Class<?> sealed) {
        ObjectNode schema = NODES.objectNode();
        schema.put("description", descriptions.ofType(sealed));
        ArrayNode oneOf = schema.putArray("oneOf");
        List<String> earlier = new ArrayList<>();
        for (Class<?> permitted : WireFormat.variants(sealed)) {
            ObjectNode variant = oneOf.addObject();
            String field = WireFormat.discriminator(permitted);
            Set<String> own = RecordShape.of(permitted).properties().stream().map(Property::name).collect(Collectors.toSet());
            List<String> chosenFirst = earlier.stream().filter(own::contains).toList();
            earlier.add(field);
            if (WireFormat.hasTextForm(permitted)) {
                // Its definition is already its text or its object, and the object requires the text.
                ObjectNode definition = definitions.get(simpleName(reference(permitted)));
                if (!chosenFirst.isEmpty() || !requires(definition, field)) {
                    throw new IllegalStateException(permitted.getSimpleName() + " has a text form, so it must come first among the records of "
                            + sealed.getSimpleName() + " that share a field, and require its first component");
                }
                variant.put("$ref", reference(permitted));
                continue;
            }
            variant.put("$ref", reference(permitted));
            having(variant, field);
            if (!chosenFirst.isEmpty()) {
                ArrayNode anyOf = variant.putObject("not").putArray("anyOf");
                chosenFirst.forEach(f -> having(anyOf.addObject(), f));
            }
        }
        return schema;
    }
}
