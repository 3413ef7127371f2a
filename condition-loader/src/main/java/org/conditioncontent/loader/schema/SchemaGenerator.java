package org.conditioncontent.loader.schema;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
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
 *       within Java's {@code int}; dates are ISO 8601 calendar dates; enums take their wire names;
 *       lists take their element's schema, with the element's own constraints;</li>
 *   <li>a sealed interface is one of its permitted records ({@code oneOf}), told apart by their
 *       shapes, or by a discriminator field where one is given;</li>
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
     * An ISO 8601 calendar date as {@link LocalDate#parse(CharSequence)} reads it: four-digit
     * years, or a sign and more digits. Days are not checked against their month; the loader does.
     */
    static final String DATE_PATTERN = "^(?:[0-9]{4}|[+-][0-9]{4,9})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Class<?> root;
    private final Descriptions descriptions;
    private final Map<Class<?>, String> discriminators;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    /**
     * Creates a generator.
     *
     * @param root the record that is the whole document
     * @param descriptions the records' documentation
     * @param discriminators for each sealed interface whose records are told apart by a field
     *     rather than by shape, that field's name; empty for the article format today
     */
    SchemaGenerator(Class<?> root, Descriptions descriptions, Map<Class<?>, String> discriminators) {
        if (!root.isRecord()) {
            throw new IllegalArgumentException(root.getName() + " is not a record");
        }
        this.root = root;
        this.descriptions = descriptions;
        this.discriminators = Map.copyOf(discriminators);
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

    /** A record's object schema, defining the records it refers to on the way. */
    private ObjectNode record(Class<?> type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("description", descriptions.ofType(type));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        Map<String, RecordComponent> components = new TreeMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        for (Property property : RecordShape.of(type).properties()) {
            RecordComponent component = components.get(property.name());
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
        if (!definitions.containsKey(name)) {
            definitions.put(name, NODES.objectNode()); // reserved first: a record may refer to itself
            definitions.put(name, type.isSealed() ? variants(type) : record(type));
        }
        return "#/$defs/" + name;
    }

    /**
     * A sealed interface: exactly one of its permitted records. Where the interface has a
     * discriminator, each record's schema also requires that field with the record's wire name,
     * which is what tells the records apart for the loader and for editors' completion.
     */
    private ObjectNode variants(Class<?> sealed) {
        ObjectNode schema = NODES.objectNode();
        schema.put("description", descriptions.ofType(sealed));
        ArrayNode oneOf = schema.putArray("oneOf");
        String discriminator = discriminators.get(sealed);
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (!permitted.isRecord()) {
                throw new IllegalStateException(sealed.getSimpleName() + " permits " + permitted.getSimpleName()
                        + ", which is not a record; the wire format has only records");
            }
            if (discriminator == null) {
                oneOf.addObject().put("$ref", reference(permitted));
            } else {
                oneOf.add(variant(permitted, discriminator));
            }
        }
        return schema;
    }

    /**
     * One record of a sealed interface told apart by a discriminator field: the record's own
     * schema, plus the field holding the record's name in lower case with hyphens
     * ({@code BulletList} is {@code "bullet-list"}), as enum constants are written.
     */
    private ObjectNode variant(Class<?> permitted, String discriminator) {
        ObjectNode schema = record(permitted);
        ObjectNode field = NODES.objectNode();
        field.put("const", wireName(permitted));
        ObjectNode properties = NODES.objectNode();
        properties.set(discriminator, field);
        properties.setAll((ObjectNode) schema.get("properties"));
        schema.set("properties", properties);
        ArrayNode required = NODES.arrayNode().add(discriminator);
        if (schema.get("required") instanceof ArrayNode existing) {
            required.addAll(existing);
        }
        ObjectNode ordered = NODES.objectNode();
        schema.properties().forEach(e -> ordered.set(e.getKey(), e.getKey().equals("required") ? required : e.getValue()));
        if (!ordered.has("required")) {
            ordered.remove("additionalProperties");
            ordered.set("required", required);
            ordered.put("additionalProperties", false);
        }
        return ordered;
    }

    /** A record's name as the wire writes names: {@code BulletList} is {@code "bullet-list"}. */
    static String wireName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
