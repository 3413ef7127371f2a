/**
 * The Condition Content model: immutable records for health condition articles, annotated with
 * Jakarta Validation constraints. No I/O and no serialization library: readers and writers live
 * in other modules.
 */
module org.conditioncontent.model {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;

    exports org.conditioncontent.model;
    exports org.conditioncontent.model.constraints;
    exports org.conditioncontent.model.outline;

    // Hibernate Validator reads the records' components reflectively.
    opens org.conditioncontent.model;
}
