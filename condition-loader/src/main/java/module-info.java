/**
 * Reads condition articles from JSON and YAML, checks them, and reports every problem with its
 * file, line, column and JSON Pointer.
 */
module org.conditioncontent.loader {
    requires transitive org.conditioncontent.model;
    requires org.conditioncontent.json;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires org.hibernate.validator;
    requires static org.jspecify;

    exports org.conditioncontent.loader;
    exports org.conditioncontent.loader.rules;
    exports org.conditioncontent.loader.schema;

    uses org.conditioncontent.loader.rules.EditorialRule;
}
