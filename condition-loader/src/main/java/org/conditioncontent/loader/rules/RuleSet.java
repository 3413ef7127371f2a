package org.conditioncontent.loader.rules;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.rules.internal.BuiltInRules;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Suppression;
import org.jspecify.annotations.Nullable;

/**
 * The editorial rules to run, each with its severity and options.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder()
 *         .builtIn()                                   // the rules of docs/rules.md
 *         .discover()                                  // house rules on the class or module path
 *         .configure(RulesConfig.read(Path.of("conditions.yaml")))
 *         .build();
 * ConditionLoader loader = ConditionLoader.builder().rules(rules).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSet {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One rule with its resolved configuration; a {@code null} severity means the rule is off. */
    private record Configured(EditorialRule rule, @Nullable Severity severity, Map<String, Double> options, Map<String, List<String>> words) {}

    private final List<Configured> rules;
    private final Clock clock;

    private RuleSet(List<Configured> rules, Clock clock) {
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    /**
     * The built-in rules and those found by {@link ServiceLoader}, at their default severities.
     *
     * @return the rule set
     * @throws IllegalStateException if two rules share an id, or a house rule cannot be loaded or
     *     has a malformed id; the message names the rule's class
     */
    public static RuleSet defaults() {
        return builder().builtIn().discover().build();
    }

    /**
     * No editorial rules: the loader then checks structure only.
     *
     * @return the empty rule set
     */
    public static RuleSet none() {
        return builder().build();
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every rule in the set, with its configured severity; rules turned off are left out.
     *
     * @return the rules, in the order they run
     */
    public List<Rule> rules() {
        return rules.stream().filter(c -> c.severity() != null)
                .map(c -> new Rule(c.rule().rule().id(), c.severity(), c.rule().rule().description(), c.rule().rule().documentation()))
                .toList();
    }

    /**
     * The rules in the set, turned off or not, with their documentation and options.
     *
     * @return the rules
     */
    public List<EditorialRule> editorialRules() {
        return rules.stream().map(Configured::rule).toList();
    }

    /**
     * The configured value of a rule's word-list option, such as the {@code sections} that
     * {@code required-section} requires: the configuration's words, else the option's default.
     * A rule that is turned off still has its words (a team may turn a rule off and keep its list).
     *
     * @param rule the rule's id
     * @param option the option's name
     * @return the words; empty when the set has no such rule or the rule no such word-list option
     */
    public List<String> words(String rule, String option) {
        for (Configured c : rules) {
            if (c.rule().rule().id().equals(rule)) {
                List<String> words = c.words().get(option);
                return words == null ? List.of() : words;
            }
        }
        return List.of();
    }

    /**
     * Checks an article with every rule that is on, drops the findings its suppressions silence,
     * and reports suppressions that name no rule of this set (a rule that is turned off still
     * counts as existing). An empty set, such as {@link #none()}, finds nothing.
     *
     * <p>The rules judge content, not structure: they expect an article whose required parts are
     * there, as the loader gives. An article built in code skips the loader's structural checks;
     * one that holds {@code null} where the model requires a value (a paragraph without text, a
     * reference without a title) can make a rule fail, and that failure is reported as a
     * {@code rule-failure} finding. Load such an article, or its JSON, to have its structure
     * checked first.
     *
     * @param condition the article, structurally complete
     * @return the findings, in rule order
     * @throws NullPointerException if the article is {@code null}
     */
    @CheckReturnValue
    public List<Finding> check(Condition condition) {
        return check(condition, UnaryOperator.identity());
    }

    /**
     * Checks an article read from a document, as {@link #check(Condition)} does, with pointers into
     * that document. A loader leaves out a list element that does not bind, so the article's lists
     * can be shorter than the document's and a pointer into the article can name a different
     * element of the document. Each finding's pointer is turned into the document's pointer before
     * it is reported or compared with the suppressions, whose fields the author wrote against the
     * document.
     *
     * @param condition the article
     * @param toSource turns a pointer into {@code condition} into the pointer of the same value in
     *     the document it was read from; {@link UnaryOperator#identity()} for an article made in code
     * @return the findings, in rule order, with pointers into the document
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public List<Finding> check(Condition condition, UnaryOperator<String> toSource) {
        Objects.requireNonNull(condition, "condition must not be null");
        Objects.requireNonNull(toSource, "toSource must not be null");
        if (rules.isEmpty()) {
            return List.of(); // structure only: suppressions are neither applied nor judged
        }
        Checked checked = new Checked(condition, toSource, clock);
        List<Finding> findings = checked.findings;
        for (int r = 0; r < rules.size(); r++) {
            Configured c = rules.get(r);
            if (c.severity() == null) {
                continue;
            }
            int before = findings.size();
            checked.configured = c;
            String failure = null;
            try {
                c.rule().check(condition, checked);
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                // A rule must never stop the others or escape the loader: its failure is a finding.
                // The errors caught are a house rule's own bugs (a plug-in jar missing a class,
                // runaway recursion, a failed assert); others, such as OutOfMemoryError, are the
                // JVM's and are left to the app.
                failure = e.toString();
            } finally {
                checked.configured = null;
            }
            if (failure == null) {
                failure = checked.misuse;
            }
            if (failure != null) {
                checked.misuse = null;
                findings.subList(before, findings.size()).clear();
                findings.add(new Finding(Rules.RULE_FAILURE.id(), Rules.RULE_FAILURE.defaultSeverity(), "",
                        oneLine("The rule " + c.rule().rule().id() + " failed on this article (" + failure + "); report it to the rule's authors")));
            }
        }
        List<Suppression> suppressions = condition.suppressions();
        for (int i = 0; i < suppressions.size(); i++) {
            String rule = suppressions.get(i).rule();
            if (rules.stream().noneMatch(c -> c.rule().rule().id().equals(rule))) {
                findings.add(new Finding(Rules.SUPPRESSION.id(), Rules.SUPPRESSION.defaultSeverity(), toSource.apply("/suppressions/" + i + "/rule"),
                        "No editorial rule has the id " + Names.quote(rule) + "; see conditions rules for the ids"));
            }
        }
        return findings;
    }

    /**
     * The context of one article's check, given to each rule in turn: the rule being run is
     * {@link #configured}. One object for all the rules of an article, where each rule had a new
     * one (with the list of findings copied at the end): the rules' own allocation in steady state
     * is what is left to cut (docs/performance.md, "the rules' steady state, round 10").
     */
    private static final class Checked implements RuleContext {
        private final Condition condition;
        private final UnaryOperator<String> toSource;
        private final Clock clock;
        final List<Finding> findings = new ArrayList<>();
        /** The rule being run; set before each rule's check. */
        @Nullable Configured configured;
        /**
         * What the running rule did wrong through this context (a malformed pointer), or
         * {@code null}: its check then ends as a failed one. Kept rather than thrown, so that a rule
         * that catches its own exceptions cannot swallow it.
         */
        @Nullable String misuse;
        /**
         * Read from the clock when a rule first asks, once per article: most articles give the
         * rules about dates nothing to compare, and reading the clock and the time zone rules for
         * every article was 1 % of the rules' time.
         */
        private @Nullable LocalDate today;

        Checked(Condition condition, UnaryOperator<String> toSource, Clock clock) {
            this.condition = condition;
            this.toSource = toSource;
            this.clock = clock;
        }

        private Configured rule() {
            Configured c = configured;
            if (c == null) {
                // One context serves every rule of the article in turn, so a late use could only
                // be misattributed to another rule: it fails instead.
                throw new IllegalStateException("A rule's context is used only during the rule's check");
            }
            return c;
        }

        @Override
        public double option(String name) {
            Configured c = rule();
            Double value = c.options().get(name);
            if (value == null) {
                throw new IllegalArgumentException("Rule " + c.rule().rule().id() + " has no option " + name);
            }
            return value;
        }

        @Override
        public List<String> words(String name) {
            Configured c = rule();
            List<String> value = c.words().get(name);
            if (value == null) {
                throw new IllegalArgumentException("Rule " + c.rule().rule().id() + " has no word-list option " + name);
            }
            return value;
        }

        @Override
        public LocalDate today() {
            LocalDate t = today;
            if (t == null) {
                t = LocalDate.now(clock);
                today = t;
            }
            return t;
        }

        @Override
        public String sourcePointer(String pointer) {
            return toSource.apply(pointer);
        }

        @Override
        public void report(String pointer, String message) {
            Configured c = rule();
            String id = c.rule().rule().id();
            if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
                // "title" for "/title" is an easy slip; the loader's positions would fail on it
                // later, out of the rule's reach, so the rule's check fails here, by its name.
                if (misuse == null) {
                    misuse = "it reported a finding at " + Names.quote(pointer) + ", which is not a JSON Pointer: a pointer is \"\" or starts with \"/\", such as \"/title\"";
                }
                return;
            }
            message = oneLine(message);
            String source = toSource.apply(pointer);
            // A suppression names a field of the article as it is (an upgraded format-1
            // article's are translated) or as the file has it: either silences the finding.
            if (!isSuppressed(id, pointer, condition.suppressions()) && !isSuppressed(id, source, condition.suppressions())) {
                findings.add(new Finding(id, Objects.requireNonNull(c.severity()), source, message));
            }
        }
    }

    /**
     * A message on one line, as {@link RuleContext#report} asks and a text report's one line per
     * finding needs: each line break ({@code \r\n}, {@code \n} or {@code \r}, the ones that
     * line-based tools split at) becomes a space. A quoted text's U+2028 is kept, as the built-in
     * rules quote it. The message itself when it has none, which is the usual case: nothing is copied.
     */
    static String oneLine(String message) {
        for (int i = 0; i < message.length(); i++) {
            if (isLineBreak(message.charAt(i))) {
                StringBuilder out = new StringBuilder(message.length());
                out.append(message, 0, i);
                for (int j = i; j < message.length(); j++) {
                    char ch = message.charAt(j);
                    if (ch == '\r' && j + 1 < message.length() && message.charAt(j + 1) == '\n') {
                        continue; // the \n that follows makes the one space
                    }
                    out.append(isLineBreak(ch) ? ' ' : ch);
                }
                return out.toString();
            }
        }
        return message;
    }

    private static boolean isLineBreak(char ch) {
        return ch == '\n' || ch == '\r';
    }

    private static boolean isSuppressed(String rule, String pointer, List<Suppression> suppressions) {
        for (Suppression s : suppressions) {
            if (s.rule().equals(rule) && (pointer.equals(s.field()) || pointer.startsWith(s.field() + "/"))) {
                return true;
            }
        }
        return false;
    }

    /** Collects rules and their configuration. Not thread-safe. */
    public static final class Builder {
        private final Map<String, EditorialRule> rules = new LinkedHashMap<>();
        private final List<RulesConfig> configs = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Adds the built-in rules (see {@code docs/rules.md}). Calling it twice adds them once.
         *
         * @return {@code this}
         * @throws IllegalStateException if the id of one of them is taken by a rule of another
         *     class that was added before
         */
        public Builder builtIn() {
            BuiltInRules.all().forEach(this::add);
            return this;
        }

        /**
         * Adds the house rules that {@link ServiceLoader} finds with this class's class loader.
         *
         * @return {@code this}
         * @throws IllegalStateException if a rule cannot be loaded, its id is malformed or is taken;
         *     the message names the rule's class
         */
        public Builder discover() {
            return discover(RuleSet.class.getClassLoader());
        }

        /**
         * Adds the house rules that {@link ServiceLoader} finds with a class loader, such as one
         * over jars of house rules that a tool was given. A class loader sees its parents' rules
         * too: a rule of the same class that was added before is skipped, not a conflict.
         *
         * @param classLoader where to look
         * @return {@code this}
         * @throws IllegalStateException if a rule cannot be loaded, its id is malformed or is taken
         *     by another class; the message names the rule's class
         * @throws NullPointerException if {@code classLoader} is {@code null}
         */
        public Builder discover(ClassLoader classLoader) {
            Objects.requireNonNull(classLoader, "classLoader must not be null");
            try {
                for (EditorialRule rule : ServiceLoader.load(EditorialRule.class, classLoader)) {
                    EditorialRule same = rules.get(rule.rule().id());
                    if (same == null || !same.getClass().getName().equals(rule.getClass().getName())) {
                        try {
                            add(rule);
                        } catch (IllegalArgumentException e) {
                            // A discovered rule's bad id is a broken plug-in, not a caller's bad
                            // argument: the documented ISE, whose message names the class.
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                    }
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("An editorial rule could not be loaded: " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Adds a rule. A second rule of the same class with the same id is ignored: the first one
         * added stays.
         *
         * @param rule the rule
         * @return {@code this}
         * @throws NullPointerException if {@code rule} is {@code null}
         * @throws IllegalArgumentException if its id is malformed or is a structural rule's id
         * @throws IllegalStateException if its id is taken by a rule of another class that was
         *     added before
         */
        public Builder add(EditorialRule rule) {
            Objects.requireNonNull(rule, "rule must not be null");
            String id = rule.rule().id();
            if (!RULE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Rule " + rule.getClass().getName() + " has the id '" + id
                        + "'; an id is lower-case letters and digits separated by hyphens");
            }
            if (Rules.all().stream().anyMatch(r -> r.id().equals(id))) {
                throw new IllegalArgumentException("Rule " + rule.getClass().getName() + " has the id '" + id
                        + "', which a structural rule already uses");
            }
            EditorialRule before = rules.putIfAbsent(id, rule);
            if (before != null && before.getClass() != rule.getClass()) {
                throw new IllegalStateException("Two editorial rules have the id '" + id + "': " + before.getClass().getName()
                        + " and " + rule.getClass().getName());
            }
            return this;
        }

        /**
         * Applies a configuration: severities, rules turned off, options. Later configurations
         * override earlier ones.
         *
         * @param config the configuration
         * @return {@code this}
         */
        public Builder configure(RulesConfig config) {
            configs.add(Objects.requireNonNull(config, "config must not be null"));
            return this;
        }

        /**
         * Sets the clock that gives "today" to the rules about dates.
         *
         * @param value the clock; defaults to the system clock in UTC
         * @return {@code this}
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock must not be null");
            return this;
        }

        /**
         * Builds the rule set.
         *
         * @return the rule set
         * @throws RulesConfigException if a configuration names a rule or an option that does not
         *     exist, gives an option a value of the wrong kind, out of its range, or a word the
         *     option does not allow, or gives a severity that is none of error, warning, info and
         *     off; its diagnostics, all of them at once, point into the configuration file
         */
        public RuleSet build() {
            Map<String, Severity> severities = new HashMap<>();
            Map<String, Boolean> off = new HashMap<>();
            Map<String, Map<String, Double>> options = new HashMap<>();
            Map<String, Map<String, List<String>>> words = new HashMap<>();
            List<Diagnostic> problems = new ArrayList<>();
            for (RulesConfig config : configs) {
                for (RulesConfig.Setting s : config.settings()) {
                    EditorialRule rule = rules.get(s.rule());
                    if (rule == null) {
                        problems.add(new Diagnostic(config.source(), s.line(), s.column(), "/rules/" + s.rule(), Severity.ERROR,
                                Rules.UNKNOWN_FIELD.id(), noSuchRule(s.rule())));
                        continue;
                    }
                    for (Map.Entry<String, Double> set : s.options().entrySet()) {
                        String name = set.getKey();
                        checkOption(config, s, rule, name, false, List.of(), problems);
                        RuleOption option = rule.options().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
                        if (option != null && !option.isWords() && !option.allows(set.getValue())) {
                            RulesConfig.Position at = s.positionOf(name);
                            problems.add(new Diagnostic(config.source(), at.line(), at.column(), "/rules/" + s.rule() + "/" + name,
                                    Severity.ERROR, Rules.RANGE.id(), "Option " + name + " of rule " + s.rule() + " must be "
                                            + option.range() + ", not " + RuleOption.format(set.getValue())));
                        }
                    }
                    s.words().forEach((name, values) -> checkOption(config, s, rule, name, true, values, problems));
                    if (s.severity() != null) {
                        severities.put(s.rule(), s.severity());
                    }
                    off.put(s.rule(), s.off());
                    options.computeIfAbsent(s.rule(), k -> new HashMap<>()).putAll(s.options());
                    words.computeIfAbsent(s.rule(), k -> new HashMap<>()).putAll(s.words());
                }
            }
            for (RulesConfig config : configs) {
                if (!config.mistyped().isEmpty() || !config.badSeverities().isEmpty()) {
                    // Among the file's other problems in file order, though they are checked last.
                    List<Diagnostic> mistyped = new ArrayList<>();
                    config.mistyped().forEach(m -> mistyped(config, m, mistyped));
                    problems.addAll(mistyped);
                    problems.addAll(config.badSeverities());
                    problems.sort(Builder::reportOrder);
                }
            }
            if (!problems.isEmpty()) {
                throw new RulesConfigException(problems);
            }
            List<Configured> configured = new ArrayList<>();
            for (EditorialRule rule : rules.values()) {
                String id = rule.rule().id();
                Map<String, Double> values = new HashMap<>();
                Map<String, List<String>> wordValues = new HashMap<>();
                rule.options().stream().filter(o -> !o.isWords()).forEach(o -> values.put(o.name(), o.defaultValue()));
                rule.options().stream().filter(RuleOption::isWords).forEach(o -> wordValues.put(o.name(), o.defaultWords()));
                values.putAll(options.getOrDefault(id, Map.of()));
                wordValues.putAll(words.getOrDefault(id, Map.of()));
                Severity severity = Boolean.TRUE.equals(off.get(id)) ? null : severities.getOrDefault(id, rule.rule().defaultSeverity());
                configured.add(new Configured(rule, severity, Collections.unmodifiableMap(values), Map.copyOf(wordValues)));
            }
            return new RuleSet(configured, clock);
        }

        /**
         * The report order, except that a file's note of how many of its bad severities were left
         * out ({@link Rules#TOO_MANY}) stays the last of that file's problems: it carries the line
         * of the last one shown, and sorted by it, it stood amid the unknown rule ids after that.
         */
        private static int reportOrder(Diagnostic a, Diagnostic b) {
            int c = a.source().compareTo(b.source());
            if (c == 0) {
                c = Boolean.compare(a.rule().equals(Rules.TOO_MANY.id()), b.rule().equals(Rules.TOO_MANY.id()));
            }
            return c != 0 ? c : Diagnostic.ORDER.compare(a, b);
        }

        /**
         * The message for a configured id that names no editorial rule: a structural check's id
         * (which {@code conditions rules} lists too) is told that it cannot be configured, any
         * other gets the nearest id.
         */
        private String noSuchRule(String id) {
            Rule structural = Rules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
            if (structural != null) {
                return Names.quote(id) + " is a structural check, which is always " + (structural.defaultSeverity() == Severity.ERROR
                        ? "an error" : "reported as " + structural.defaultSeverity().label()) + "; it cannot be configured or turned off,"
                        + " only the editorial rules can";
            }
            String hint = Names.suggest(id, rules.keySet());
            return "No editorial rule has the id " + Names.quote(id) + (hint != null ? "; did you mean \"" + hint + "\"?" : "; conditions rules lists the ids");
        }

        /** Reports an option given a value of no option's kind, with the kind this option takes. */
        private void mistyped(RulesConfig config, RulesConfig.Mistyped m, List<Diagnostic> problems) {
            EditorialRule rule = rules.get(m.rule());
            if (rule == null) {
                return; // reported as an unknown rule
            }
            RuleOption option = rule.options().stream().filter(o -> o.name().equals(m.option())).findFirst().orElse(null);
            String pointer = "/rules/" + m.rule() + "/" + m.option();
            String message = option == null ? "Rule " + m.rule() + " has no option " + Names.quote(m.option()) + optionNames(rule)
                    : "Option " + m.option() + " of rule " + m.rule() + " must be " + option.range()
                            + (option.isWords() ? "" : ", such as " + RuleOption.format(option.defaultValue())) + "; it is " + m.written();
            problems.add(new Diagnostic(config.source(), m.line(), m.column(), pointer, Severity.ERROR,
                    option == null ? Rules.UNKNOWN_FIELD.id() : Rules.WRONG_TYPE.id(), message));
        }

        /** Reports an option the rule lacks, one of the other kind, or a word it does not allow. */
        private static void checkOption(RulesConfig config, RulesConfig.Setting s, EditorialRule rule, String name, boolean isWords,
                List<String> values, List<Diagnostic> problems) {
            String pointer = "/rules/" + s.rule() + "/" + name;
            RuleOption option = rule.options().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
            String problem = null;
            if (option == null) {
                problem = "Rule " + s.rule() + " has no option " + Names.quote(name) + optionNames(rule);
            } else if (option.isWords() != isWords) {
                problem = "Option " + Names.quote(name) + " of rule " + s.rule() + " must be "
                        + (option.isWords() ? "a list of words from: " + String.join(", ", option.allowedWords()) : "a number");
            } else {
                for (String word : values) {
                    if (!option.allowedWords().contains(word)) {
                        String hint = Names.suggest(word, option.allowedWords());
                        problem = Names.quote(word) + " is not allowed in option " + Names.quote(name) + " of rule " + s.rule()
                                + (hint != null ? "; did you mean \"" + hint + "\"?" : "; use words from: " + String.join(", ", option.allowedWords()));
                        break;
                    }
                }
            }
            if (problem != null) {
                RulesConfig.Position at = s.positionOf(name);
                problems.add(new Diagnostic(config.source(), at.line(), at.column(), pointer, Severity.ERROR,
                        option == null ? Rules.UNKNOWN_FIELD.id() : Rules.UNKNOWN_VALUE.id(), problem));
            }
        }

        /** The end of the message about an option the rule lacks: the options it has, or that it has none. */
        private static String optionNames(EditorialRule rule) {
            return rule.options().isEmpty() ? "; it has no options"
                    : "; its options are: " + String.join(", ", rule.options().stream().map(RuleOption::name).toList());
        }
    }
}
