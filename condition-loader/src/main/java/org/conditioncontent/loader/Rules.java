package org.conditioncontent.loader;

import java.util.List;

/**
 * The structural rules the loader checks, with their stable ids. Editorial rules, which check
 * content, are in {@link org.conditioncontent.loader.rules.RuleSet}.
 */
public final class Rules {

    private Rules() {}

    /** The file cannot be read (missing, a folder, no permission) or is not read (a device, a link out of the folders). */
    public static final Rule FILE_UNREADABLE = new Rule("file-unreadable", Severity.ERROR, "The file can be read",
            "A file named on the command line or found in a folder could not be read (it vanished, is a folder, or lacks read permission), or is not read on purpose: a named pipe, a device or a socket (only regular files are read, so nothing blocks), a symbolic link that leads nowhere, or a link in a folder that leads out of the folders checked (read only with --follow-links, so that a committed link cannot make a report quote a file from elsewhere on the machine). Nothing else can be checked until it can be read.");
    /** The bytes are not UTF-8 text. */
    public static final Rule ENCODING = new Rule("encoding", Severity.ERROR, "The file is UTF-8 text, not binary data",
            "Articles are UTF-8 text. A file with a NUL byte is binary (an image, a spreadsheet) and is reported as such; a file with bytes that are not UTF-8 was saved in another encoding and is reported at the first bad byte, so it can be re-saved as UTF-8. A UTF-8 byte order mark is accepted; a file that starts with a UTF-16 byte order mark is named as UTF-16, with how to convert it.");
    /** The JSON or YAML is malformed, truncated or empty. */
    public static final Rule SYNTAX = new Rule("syntax", Severity.ERROR, "The file is well-formed JSON or YAML holding one object",
            "The JSON or YAML must be well-formed and hold exactly one object. The finding gives the parser's reason at the position where it stopped: a missing bracket or quote, a bad indentation, a truncated file, an empty file, or a second document.");
    /** The input passes a configured limit. */
    public static final Rule LIMIT = new Rule("limit", Severity.ERROR, "The file stays within the loader's size, depth and length limits",
            "Limits protect the tools that read articles from hostile or broken files: a document size (maxDocumentSize, default 4 MiB), a nesting depth (maxNestingDepth, default 64), and a text length (maxStringLength, default 100,000 characters). The finding names the option to raise; real articles stay far below every limit.");
    /** A field appears twice in one object. */
    public static final Rule DUPLICATE_KEY = new Rule("duplicate-key", Severity.ERROR, "No field appears twice in one object",
            "A field written twice in one object is ambiguous: JSON and YAML parsers disagree on which one wins. The first one is kept and the second is reported, with the line of the first.");
    /** YAML anchors, aliases and tags. */
    public static final Rule YAML_FEATURE = new Rule("yaml-feature", Severity.ERROR, "YAML anchors, aliases and tags are not used",
            "YAML anchors and aliases let a small file expand into a huge one (the \"billion laughs\" attack), and tags can ask a YAML library to build arbitrary objects. Articles need neither: write values out in full, without tags.");
    /** A field the format does not have. */
    public static final Rule UNKNOWN_FIELD = new Rule("unknown-field", Severity.ERROR, "Every field is one the format has",
            "A field the format does not have is usually a typo (\"titel\", \"also_called\"), and a typo means content silently lost. The finding suggests the closest field name, or lists the fields of that object.");
    /** A value of the wrong type. */
    public static final Rule WRONG_TYPE = new Rule("wrong-type", Severity.ERROR, "Every value has the type its field needs",
            "Each field has one type: text, a whole number, true or false, a date, a list, or an object. The finding says what the field needs and what it found. Numbers are accepted where text is expected (YAML authors write `volume: 10`).");
    /** A value outside a closed list, such as a reference type. */
    public static final Rule UNKNOWN_VALUE = new Rule("unknown-value", Severity.ERROR, "Values from a closed list are one of its values",
            "Fields such as a reference's type or a medication's kind take one of a closed list of values, so that renderers and search engines can rely on them. The finding lists the values or suggests the closest one.");
    /** A date that is not an ISO 8601 date, partial (year, or year and month) or full, or names no real day. */
    public static final Rule DATE = new Rule("date", Severity.ERROR, "Dates are written as YYYY, YYYY-MM or YYYY-MM-DD",
            "Dates are ISO 8601 dates, so that they sort and compare correctly in every locale. Most are partial dates, written as precisely as the publisher gave them: a year (2019), a month (2019-10) or a day (2019-10-04); a reference's access date is always a full YYYY-MM-DD. The month is 01 to 12, and the day must exist in that month (2023-02-30 is an error).");
    /** The format version is one this library does not read. */
    public static final Rule FORMAT_VERSION = new Rule("format-version", Severity.ERROR, "The format version is one this library reads",
            "The format version says which version of the article format a file is written in. A file from a newer version may have fields this library cannot read; upgrade Condition Content to read it.");
    /** A required field is missing or empty. */
    public static final Rule REQUIRED = new Rule("required", Severity.ERROR, "Required fields are present and not blank",
            "Every article needs a format version, an id and a title; list items need their names, references their type and title. The finding points at the object that lacks the field.");
    /** An optional text that is present but blank. */
    public static final Rule NOT_BLANK = new Rule("not-blank", Severity.ERROR, "Optional texts, when present, are not blank",
            "An optional text that is present must say something: a field holding only spaces renders as an empty line or heading. Remove the field instead.");
    /** A text that does not match its pattern (ids, language tags, DOIs...). */
    public static final Rule PATTERN = new Rule("pattern", Severity.ERROR, "Ids, language tags, region codes, DOIs and PubMed ids are well-formed",
            "Identifiers have a fixed form: article ids are lower-case words joined by hyphens (they become file names and URLs); language tags are BCP 47 (en-US); regions are two-letter country codes; DOIs start with 10. and carry no resolver prefix; PubMed ids are 1 to 9 digits, not starting with 0.");
    /** A malformed e-mail address. */
    public static final Rule EMAIL = new Rule("email", Severity.ERROR, "E-mail addresses are well-formed",
            "The feedback address must be an e-mail address, or readers' messages go nowhere.");
    /** A URL that is not an absolute http or https URL. */
    public static final Rule WEB_URL = new Rule("web-url", Severity.ERROR, "URLs are absolute http or https URLs",
            "Links must be absolute http or https URLs. Other schemes (javascript:, data:, file:) are never made links by the renderers, and relative URLs break when an article is published elsewhere.");
    /** A number out of range. */
    public static final Rule RANGE = new Rule("range", Severity.ERROR, "Numbers such as years are in range",
            "Years are four-digit years; a two-digit year (23) is ambiguous.");
    /** Any other constraint of the model. */
    public static final Rule CONSTRAINT = new Rule("constraint", Severity.ERROR, "The model's other constraints hold",
            "Any other constraint of the model that has no rule of its own; the message says which.");
    /** Two files use one id. */
    public static final Rule DUPLICATE_ID = new Rule("duplicate-id", Severity.ERROR, "No two articles share an id",
            "Ids name articles: exports write one file per id and related articles refer to ids, so two articles with one id overwrite each other. Both files are reported, each with the other's position.");
    /** A related article id that no file has. */
    public static final Rule UNKNOWN_RELATED = new Rule("unknown-related", Severity.WARNING, "Related article ids name articles in the same set of files",
            "A related article id that no file in the checked set has is a broken link. It is a warning because the related article may live in another set of files.");
    /** A suppression names a rule that does not exist, or a field the article does not have. */
    public static final Rule SUPPRESSION = new Rule("suppression", Severity.ERROR, "Suppressions name an editorial rule that exists",
            "A suppression must name an editorial rule that exists and a field the article has, or it silences nothing and hides the editor's intent. "
                    + "A field that names nothing (a misspelt pointer, a field moved since, or /, which is not the whole article) is reported with "
                    + "the nearest field that exists. See conditions rules for the ids.");
    /** An editorial rule threw an exception. */
    public static final Rule RULE_FAILURE = new Rule("rule-failure", Severity.ERROR, "Every editorial rule runs to completion",
            "An editorial rule that throws an exception (a bug in a house rule, for instance) is reported as a finding instead of stopping the other rules or the loader. The message names the rule and the exception.");
    /** The number of diagnostics for a file was capped. */
    public static final Rule TOO_MANY = new Rule("too-many-diagnostics", Severity.INFO, "Reports at most the configured number of diagnostics per file",
            "One broken file should not flood a report: after maxDiagnosticsPerFile findings (default 200), the rest of the file's findings are counted in one last line.");

    /**
     * Every rule, in the order the documentation lists them.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return List.of(FILE_UNREADABLE, ENCODING, SYNTAX, LIMIT, DUPLICATE_KEY, YAML_FEATURE, UNKNOWN_FIELD,
                WRONG_TYPE, UNKNOWN_VALUE, DATE, FORMAT_VERSION, REQUIRED, NOT_BLANK, PATTERN, EMAIL, WEB_URL, RANGE,
                CONSTRAINT, SUPPRESSION, RULE_FAILURE, DUPLICATE_ID, UNKNOWN_RELATED, TOO_MANY);
    }
}
