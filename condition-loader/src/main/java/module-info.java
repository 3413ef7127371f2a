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
    requires static com.google.errorprone.annotations;

    exports org.conditioncontent.loader;
    exports org.conditioncontent.loader.rules;
    exports org.conditioncontent.loader.report;
    exports org.conditioncontent.loader.schema;

    // Format-1 records are bound and validated reflectively, as the model's are; the package is
    // not exported, and not named internal because internal packages are never opened.
    opens org.conditioncontent.loader.format1 to org.hibernate.validator, org.conditioncontent.json;

    uses org.conditioncontent.loader.rules.EditorialRule;
}
