package org.conditioncontent.loader.rules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.loader.internal.reading.RegularFile;
import org.conditioncontent.loader.internal.reading.TextDecoder;
import org.conditioncontent.loader.internal.reading.TreeReader;
import org.jspecify.annotations.Nullable;

/**
 * A rules configuration, as read from a YAML file such as {@code conditions.yaml}:
 *
 * <pre>{@code
 * rules:
 *   reading-level:
 *     severity: error      # error, warning, info or off
 *     maxGrade: 7
 *   sentence-length: off   # a severity alone is enough
 * }</pre>
 *
 * <p>Which rule ids and options exist, whether an option's value is of the kind the option takes,
 * and whether a severity is one, is checked when the configuration is applied with
 * {@link RuleSet.Builder#configure(RulesConfig)} and {@link RuleSet.Builder#build()}, which reports
 * them all together: a misspelt rule id and a misspelt severity in one file are one round of
 * fixes, not two. Immutable.
 */
public final class RulesConfig {

    /**
     * The configuration of one rule.
     *
     * @param rule the rule id as written
     * @param severity the severity to use; {@code null} keeps the rule's default, and is also
     *     what a word that is no severity leaves, which {@link RuleSet.Builder#build()} reports
     * @param off whether the rule is turned off
     * @param options number option values by name
     * @param words word-list option values by name
     * @param line where the rule's entry is
     * @param column where the rule's entry is
     * @param optionPositions where each option's key is, by option name; an option missing from
     *     it is reported at the rule's entry
     */
    public record Setting(String rule, @Nullable Severity severity, boolean off, Map<String, Double> options,
            Map<String, List<String>> words, int line, int column, Map<String, Position> optionPositions) {

        /**
         * Copies the options.
         *
         * @param rule the rule id
         * @param severity the severity, or {@code null}
         * @param off whether the rule is off
         * @param options number option values
         * @param words word-list option values
         * @param line the entry's line
         * @param column the entry's column
         * @param optionPositions each option's position, by name
         */
        public Setting {
            options = Map.copyOf(options);
            // Each list too: a caller's list changed later must not change the setting.
            words = words.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
            optionPositions = Map.copyOf(optionPositions);
        }

        /**
         * A setting without its options' positions, which are then reported at the rule's entry.
         *
         * @param rule the rule id
         * @param severity the severity, or {@code null}
         * @param off whether the rule is off
         * @param options number option values
         * @param words word-list option values
         * @param line the entry's line
         * @param column the entry's column
         */
        public Setting(String rule, @Nullable Severity severity, boolean off, Map<String, Double> options,
                Map<String, List<String>> words, int line, int column) {
            this(rule, severity, off, options, words, line, column, Map.of());
        }

        /**
         * Where an option is written, for a message about it: its key's position, or the rule's
         * entry's when it is not known.
         *
         * @param option the option's name
         * @return the position
         */
        public Position positionOf(String option) {
            return optionPositions.getOrDefault(option, new Position(line, column));
        }
    }

    /**
     * A place in the configuration file.
     *
     * @param line the line, from 1
     * @param column the column, from 1, in characters
     */
    public record Position(int line, int column) {}

    /**
     * What the reader calls the file in its messages: a configuration, whose emptiness (no rules
     * yet, or every rule commented out) is no mistake but the defaults.
     */
    private static final TreeReader.Document DOCUMENT = new TreeReader.Document("rules configuration",
            "rules configurations", null, "option values such as 25", "rules");

    /** The longest configuration file read, in bytes: checked before reading, so a huge file never fills the memory. */
    static final int MAX_FILE_SIZE = 1_000_000;

    private static final RulesConfig EMPTY = new RulesConfig("", List.of(), List.of(), List.of());

    private final String source;
    private final List<Setting> settings;
    private final List<Mistyped> mistyped;
    private final List<Diagnostic> badSeverities;

    private RulesConfig(String source, List<Setting> settings, List<Mistyped> mistyped, List<Diagnostic> badSeverities) {
        this.source = source;
        this.settings = List.copyOf(settings);
        this.mistyped = List.copyOf(mistyped);
        this.badSeverities = List.copyOf(badSeverities);
    }

    /**
     * An option given a value of no option's kind ({@code maxGrade: seven}): which kind the
     * option takes is known only when the configuration is applied to the rules, and
     * {@link RuleSet.Builder#build()} reports it then, with the kind the option takes.
     *
     * @param rule the rule id as written
     * @param option the option's name
     * @param written the value as a message names it ({@code "seven"}, true, a list)
     * @param line where the option's key is
     * @param column where the option's key is
     */
    record Mistyped(String rule, String option, String written, int line, int column) {}

    /** @return the options given a value of no option's kind, in file order */
    List<Mistyped> mistyped() {
        return mistyped;
    }

    /**
     * @return the severities that are none of error, warning, info and off, in file order: a rule
     *     set reports them with the ids it does not know, so they are not thrown by the parse
     */
    List<Diagnostic> badSeverities() {
        return badSeverities;
    }

    /**
     * A configuration that changes nothing.
     *
     * @return the empty configuration
     */
    public static RulesConfig empty() {
        return EMPTY;
    }

    /**
     * Reads a configuration file.
     *
     * @param file the YAML file
     * @return the configuration
     * @throws RulesConfigException if the file cannot be read or is malformed; a severity that is
     *     none of error, warning, info and off is reported by {@link RuleSet.Builder#build()}
     */
    public static RulesConfig read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes;
        try {
            bytes = RegularFile.read(file, MAX_FILE_SIZE);
        } catch (RegularFile.Refused e) {
            throw unreadable(file, "The rules configuration " + e.getMessage()
                    + (e.tooLarge() ? ", over the limit of " + MAX_FILE_SIZE + " bytes for a configuration" : ""));
        } catch (NoSuchFileException e) {
            throw unreadable(file, "The rules configuration does not exist"
                    + (Files.isSymbolicLink(file) ? " (it is a symbolic link that leads nowhere)" : ""));
        } catch (AccessDeniedException e) {
            throw unreadable(file, "The rules configuration cannot be read: permission denied");
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw unreadable(file, "The rules configuration cannot be read: " + (reason == null ? e.getClass().getSimpleName() : reason));
        }
        Findings findings = new Findings(file.toString(), 1);
        String text = TextDecoder.decode(bytes, findings);
        if (text == null) {
            throw new RulesConfigException(findings.sorted(Diagnostic.ORDER));
        }
        return parse(file.toString(), text);
    }

    private static RulesConfigException unreadable(Path file, String message) {
        return new RulesConfigException(List.of(new Diagnostic(file.toString(), 1, 1, "", Severity.ERROR,
                Rules.FILE_UNREADABLE.id(), message)));
    }

    /**
     * Parses a configuration.
     *
     * @param source the name to use in diagnostics
     * @param yaml the configuration's text
     * @return the configuration
     * @throws RulesConfigException if the text is malformed; a severity that is none of error,
     *     warning, info and off is reported by {@link RuleSet.Builder#build()}, with the rule ids
     *     and options the rules do not have
     */
    public static RulesConfig parse(String source, String yaml) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(yaml, "yaml must not be null");
        Findings findings = new Findings(source, 100);
        Findings badSeverities = new Findings(source, 100);
        Node root = new TreeReader(new Limits(MAX_FILE_SIZE, 16, 10_000, 100), DOCUMENT).read(yaml, SourceFormat.YAML, findings);
        // An empty document (nothing, or comments only) comes back as null without a finding: it
        // is the empty configuration, every rule at its default.
        List<Setting> settings = new ArrayList<>();
        List<Mistyped> mistyped = new ArrayList<>();
        if (root instanceof Node.ObjectNode object) {
            for (Node.Field top : object.fields()) {
                if (!top.name().equals("rules")) {
                    findings.add(Rules.UNKNOWN_FIELD, top.line(), top.column(), "/" + top.name(),
                            "Unknown field " + Names.quote(top.name()) + " in the rules configuration; it has only \"rules\"");
                } else if (top.value() instanceof Node.ObjectNode rules) {
                    for (Node.Field entry : rules.fields()) {
                        settings.add(setting(entry, findings, mistyped, badSeverities));
                    }
                } else if (!(top.value() instanceof Node.ScalarNode value && value.kind() == Node.Kind.NULL)) {
                    // Null is "rules:" with every rule under it commented out: no rule set, as in
                    // an empty file; anything else but an object is a mistake.
                    findings.add(Rules.WRONG_TYPE, top.value(), "/rules", "\"rules\" must map rule ids to their settings");
                }
            }
        } else if (root != null && !(root instanceof Node.ScalarNode scalar && scalar.kind() == Node.Kind.NULL)) {
            // A lone "---" or "~" is a document with nothing in it, as empty as no text at all.
            findings.add(Rules.WRONG_TYPE, root, "", "The rules configuration must be an object with a \"rules\" field");
        }
        if (findings.hasErrors()) {
            // Malformed: the severities go with the rest, so that none waits for the next run.
            findings.addAll(badSeverities);
            throw new RulesConfigException(findings.sorted(Diagnostic.ORDER));
        }
        return new RulesConfig(source, settings, mistyped, badSeverities.sorted(Diagnostic.ORDER));
    }

    /** How a value that is no option value is named in a message: {@code "seven"}, true, a list. */
    private static String written(Node value) {
        if (value instanceof Node.ScalarNode scalar) {
            return switch (scalar.kind()) {
                case STRING -> Names.quote(scalar.text());
                case NULL -> "empty";
                default -> scalar.text();
            };
        }
        return value instanceof Node.ArrayNode ? "a list" : "an object";
    }

    private static Setting setting(Node.Field entry, Findings findings, List<Mistyped> mistyped, Findings badSeverities) {
        String pointer = "/rules/" + Pointer.escape(entry.name());
        Node value = entry.value();
        Severity severity = null;
        boolean off = false;
        Map<String, Double> options = new LinkedHashMap<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        if (value instanceof Node.ScalarNode scalar) {
            String level = scalar.text().toLowerCase(Locale.ROOT);
            off = level.equals("off") || level.equals("false");
            severity = off ? null : severity(scalar, pointer, badSeverities);
        } else if (value instanceof Node.ObjectNode object) {
            for (Node.Field f : object.fields()) {
                String fieldPointer = pointer + "/" + Pointer.escape(f.name());
                positions.put(f.name(), new Position(f.line(), f.column()));
                if (f.name().equals("severity")) {
                    if (f.value() instanceof Node.ScalarNode s) {
                        off = s.text().equalsIgnoreCase("off");
                        severity = off ? null : severity(s, fieldPointer, badSeverities);
                    } else {
                        findings.add(Rules.WRONG_TYPE, f.value(), fieldPointer, "\"severity\" must be one of error, warning, info, off;"
                                + " it is " + written(f.value()));
                    }
                } else if (f.value() instanceof Node.ScalarNode s && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.DECIMAL)) {
                    Double number = number(s.text());
                    if (number == null || !Double.isFinite(number)) {
                        findings.add(Rules.WRONG_TYPE, f.value(), fieldPointer,
                                Names.quote(f.name()) + " must be a number such as 25, not " + Names.quote(s.text()));
                    } else {
                        options.put(f.name(), number);
                    }
                } else if (f.value() instanceof Node.ArrayNode list && list.items().stream()
                        .allMatch(i -> i instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING)) {
                    words.put(f.name(), list.items().stream().map(i -> ((Node.ScalarNode) i).text()).toList());
                } else {
                    // Whether the option takes a number or words is known only when the
                    // configuration is applied to the rules (RuleSet.Builder.build), which says so.
                    mistyped.add(new Mistyped(entry.name(), f.name(), written(f.value()), f.line(), f.column()));
                }
            }
        } else {
            findings.add(Rules.WRONG_TYPE, value, pointer, "The setting of rule " + Names.quote(entry.name())
                    + " must be a severity (error, warning, info, off) or an object of settings");
        }
        return new Setting(entry.name(), severity, off, options, words, entry.line(), entry.column(), positions);
    }

    /** A number as YAML writes it, or null: {@code .nan} and {@code .inf} are YAML's, not Java's. */
    private static @Nullable Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Severity severity(Node.ScalarNode scalar, String pointer, Findings findings) {
        for (Severity s : Severity.values()) {
            if (s.label().equalsIgnoreCase(scalar.text())) {
                return s;
            }
        }
        findings.add(Rules.UNKNOWN_VALUE, scalar, pointer, Names.quote(scalar.text()) + " is not a severity; use error, warning, info or off");
        return null;
    }

    /**
     * Where the configuration came from, for diagnostics.
     *
     * @return the file name, or {@code ""} for the empty configuration
     */
    public String source() {
        return source;
    }

    /**
     * The settings, in file order.
     *
     * @return the settings
     */
    public List<Setting> settings() {
        return settings;
    }
}
