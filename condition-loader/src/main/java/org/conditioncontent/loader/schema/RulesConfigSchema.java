package org.conditioncontent.loader.schema;

import java.util.Objects;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.rules.RulesConfig;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the rules configuration, {@code conditions.yaml}, for the
 * editorial rules of a rule set: each rule's id, its severity, and its options with their
 * descriptions and defaults.
 *
 * <pre>{@code
 * String schema = RulesConfigSchema.json(RuleSet.defaults());   // `conditions schema --rules-config`
 * }</pre>
 *
 * <p>It accepts what {@link RulesConfig#parse(String, String)} and
 * {@link RuleSet.Builder#configure(RulesConfig)} accept for those rules: a severity written in
 * any case ({@code error}, {@code warning}, {@code info}, {@code off}, or {@code false} for off),
 * or an object of a {@code severity} and numeric options.
 */
public final class RulesConfigSchema {

    /** The name the repository and the documentation give the schema file. */
    public static final String FILE_NAME = "conditions-config.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RulesConfigSchema() {}

    /**
     * The schema for a rule set's rules as JSON text, indented by two spaces, ending with a
     * newline.
     *
     * @param rules the rules a configuration may name
     * @return the schema
     * @throws NullPointerException if the rule set is {@code null}
     */
    public static String json(RuleSet rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", SchemaGenerator.DRAFT_2020_12);
        schema.put("title", "Condition Content rules configuration (conditions.yaml)");
        schema.put("description", "Severities and options of the editorial rules; `conditions rules` lists them.");
        schema.put("type", "object");
        ObjectNode ruleMap = schema.putObject("properties").putObject("rules");
        ruleMap.put("description", "The editorial rules to configure, by id.");
        ruleMap.put("type", "object");
        ObjectNode properties = ruleMap.putObject("properties");
        for (EditorialRule rule : rules.editorialRules()) {
            properties.set(rule.rule().id(), rule(rule));
        }
        ruleMap.put("additionalProperties", false);
        schema.put("additionalProperties", false);
        ObjectNode defs = schema.putObject("$defs");
        defs.set("level", level(true));
        defs.set("severity", level(false));
        return SchemaJson.write(schema);
    }

    private static ObjectNode rule(EditorialRule rule) {
        ObjectNode schema = NODES.objectNode();
        schema.put("description", rule.rule().description() + " (default: " + rule.rule().defaultSeverity().label() + ").");
        ArrayNode anyOf = schema.putArray("anyOf");
        anyOf.addObject().put("$ref", "#/$defs/level");
        ObjectNode settings = anyOf.addObject();
        settings.put("type", "object");
        ObjectNode properties = settings.putObject("properties");
        properties.putObject("severity").put("$ref", "#/$defs/severity");
        for (RuleOption option : rule.options()) {
            properties.set(option.name(), option(option));
        }
        settings.put("additionalProperties", false);
        return schema;
    }

    /**
     * An option as the rule set takes it: a list of allowed words, or a number within the
     * option's range, whole where the option counts something.
     */
    private static ObjectNode option(RuleOption option) {
        ObjectNode o = NODES.objectNode();
        o.put("description", option.description());
        if (option.isWords()) {
            o.put("type", "array");
            ArrayNode allowed = o.putObject("items").putArray("enum");
            option.allowedWords().forEach(allowed::add);
            ArrayNode defaults = o.putArray("default");
            option.defaultWords().forEach(defaults::add);
            return o;
        }
        o.put("type", option.whole() ? "integer" : "number");
        // The widest ranges are "any finite number"; JSON Schema says that by leaving them out.
        if (option.min() > -Double.MAX_VALUE) {
            number(o, "minimum", option.min());
        }
        if (option.max() < Double.MAX_VALUE) {
            number(o, "maximum", option.max());
        }
        number(o, "default", option.defaultValue());
        return o;
    }

    /** A number written as a configuration would write it: {@code 25} rather than {@code 25.0}. */
    private static void number(ObjectNode node, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }

    /**
     * A severity or {@code off}, in any case as the parser reads it. For a rule's whole setting
     * ({@code sentence-length: off}) {@code false} also turns the rule off; the {@code severity}
     * field does not take it.
     */
    private static ObjectNode level(boolean falseIsOff) {
        ObjectNode schema = NODES.objectNode();
        schema.put("description", "error, warning or info sets the severity of the rule's findings; off turns the rule off.");
        ArrayNode anyOf = schema.putArray("anyOf");
        ArrayNode names = anyOf.addObject().putArray("enum");
        StringBuilder anyCase = new StringBuilder("^(?:");
        for (Severity s : Severity.values()) {
            names.add(s.label());
            anyCase.append(ConstraintKeywords.anyCase(s.label())).append('|');
        }
        names.add("off");
        anyCase.append(ConstraintKeywords.anyCase("off"));
        if (falseIsOff) {
            names.add(false);
            anyCase.append('|').append(ConstraintKeywords.anyCase("false"));
        }
        anyOf.addObject().put("type", "string").put("pattern", anyCase.append(")$").toString());
        return schema;
    }
}
