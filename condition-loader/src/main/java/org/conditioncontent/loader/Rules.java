package org.conditioncontent.loader;

import java.util.List;

/** The rules the loader checks, with their stable ids. */
public final class Rules {

    private Rules() {}

    /** The file cannot be read (missing, a folder, no permission). */
    public static final Rule FILE_UNREADABLE = new Rule("file-unreadable", Severity.ERROR, "The file can be read");
    /** The bytes are not UTF-8 text. */
    public static final Rule ENCODING = new Rule("encoding", Severity.ERROR, "The file is UTF-8 text, not binary data");
    /** The JSON or YAML is malformed, truncated or empty. */
    public static final Rule SYNTAX = new Rule("syntax", Severity.ERROR, "The file is well-formed JSON or YAML holding one object");
    /** The input passes a configured limit. */
    public static final Rule LIMIT = new Rule("limit", Severity.ERROR, "The file stays within the loader's size, depth and length limits");
    /** A field appears twice in one object. */
    public static final Rule DUPLICATE_KEY = new Rule("duplicate-key", Severity.ERROR, "No field appears twice in one object");
    /** YAML anchors, aliases and tags. */
    public static final Rule YAML_FEATURE = new Rule("yaml-feature", Severity.ERROR, "YAML anchors, aliases and tags are not used");
    /** A field the format does not have. */
    public static final Rule UNKNOWN_FIELD = new Rule("unknown-field", Severity.ERROR, "Every field is one the format has");
    /** A value of the wrong type. */
    public static final Rule WRONG_TYPE = new Rule("wrong-type", Severity.ERROR, "Every value has the type its field needs");
    /** A value outside a closed list, such as a reference type. */
    public static final Rule UNKNOWN_VALUE = new Rule("unknown-value", Severity.ERROR, "Values from a closed list are one of its values");
    /** A date that is not an ISO 8601 calendar date. */
    public static final Rule DATE = new Rule("date", Severity.ERROR, "Dates are written as YYYY-MM-DD");
    /** The format version is one this library does not read. */
    public static final Rule FORMAT_VERSION = new Rule("format-version", Severity.ERROR, "The format version is one this library reads");
    /** A required field is missing or empty. */
    public static final Rule REQUIRED = new Rule("required", Severity.ERROR, "Required fields are present and not blank");
    /** An optional text that is present but blank. */
    public static final Rule NOT_BLANK = new Rule("not-blank", Severity.ERROR, "Optional texts, when present, are not blank");
    /** A text that does not match its pattern (ids, language tags, DOIs...). */
    public static final Rule PATTERN = new Rule("pattern", Severity.ERROR, "Ids, language tags, region codes, DOIs and PubMed ids are well-formed");
    /** A malformed e-mail address. */
    public static final Rule EMAIL = new Rule("email", Severity.ERROR, "E-mail addresses are well-formed");
    /** A URL that is not an absolute http or https URL. */
    public static final Rule WEB_URL = new Rule("web-url", Severity.ERROR, "URLs are absolute http or https URLs");
    /** A number out of range. */
    public static final Rule RANGE = new Rule("range", Severity.ERROR, "Numbers such as years are in range");
    /** Any other constraint of the model. */
    public static final Rule CONSTRAINT = new Rule("constraint", Severity.ERROR, "The model's other constraints hold");
    /** Two files use one id. */
    public static final Rule DUPLICATE_ID = new Rule("duplicate-id", Severity.ERROR, "No two articles share an id");
    /** A related article id that no file has. */
    public static final Rule UNKNOWN_RELATED = new Rule("unknown-related", Severity.WARNING, "Related article ids name articles in the same set of files");
    /** The number of diagnostics for a file was capped. */
    public static final Rule TOO_MANY = new Rule("too-many-diagnostics", Severity.INFO, "Reports at most the configured number of diagnostics per file");

    /**
     * Every rule, in the order the documentation lists them.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return List.of(FILE_UNREADABLE, ENCODING, SYNTAX, LIMIT, DUPLICATE_KEY, YAML_FEATURE, UNKNOWN_FIELD,
                WRONG_TYPE, UNKNOWN_VALUE, DATE, FORMAT_VERSION, REQUIRED, NOT_BLANK, PATTERN, EMAIL, WEB_URL, RANGE,
                CONSTRAINT, DUPLICATE_ID, UNKNOWN_RELATED, TOO_MANY);
    }
}
