package org.conditioncontent.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.loader.rules.Finding;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code conditions new ID [--title T] [--out FILE] [--config FILE]}: writes a new article in the
 * current format with an empty section for every section kind the team requires (the
 * {@code sections} of the {@code required-section} rule, as configured). The file passes the
 * structural checks; the editorial rules then list what is still to write (each empty section,
 * and the missing references), and an export refuses it until that is written.
 */
final class NewCommand implements Callable<Integer> {

    /** The rule whose {@code sections} option says which sections a team requires. */
    private static final String REQUIRED_SECTION = "required-section";
    private static final String RESERVED_ID = "reserved-id";

    /** The word of the required-section rule's {@code sections} that asks for references. */
    private static final String REFERENCES = "references";

    /** A word that a POSIX shell reads back unchanged without quotes (as {@link #shellWord} uses it). */
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private final Invocation invocation;
    private final Streams streams;

    private final CommandSpec spec;

    private final PositionalParamSpec id = PositionalParamSpec.builder().paramLabel("ID").required(true)
            .type(String.class)
            .description("The article's id: lower-case letters and digits joined by hyphens (leg-cramps).").build();

    private final OptionSpec title = OptionSpec.builder("--title").paramLabel("T").type(String.class)
            .description("The article's title (default: made from the id, \"Leg cramps\").").build();

    private final OptionSpec out = OptionSpec.builder("--out").paramLabel("FILE").type(Path.class)
            .description("The file to write, .yaml or .yml (default: ID.yaml in the current folder).").build();

    private final ConfigOption config = new ConfigOption();

    private final PluginsOption plugins = new PluginsOption();

    /**
     * Creates the subcommand.
     *
     * @param invocation where messages go, and the working directory
     */
    NewCommand(Invocation invocation) {
        this.invocation = invocation;
        this.streams = invocation.streams();
        spec = CommandModel.of(this, "new").addPositional(id).addOption(title).addOption(out);
        config.addTo(spec);
        plugins.addTo(spec);
        spec.usageMessage()
                .description(
                        "Writes a new article with every section the team requires, to fill in.",
                        "The sections are those of the required-section rule (configured as for",
                        "'conditions validate'). The file passes the structural checks; 'conditions",
                        "validate FILE' then lists what is still to write. An existing file is never",
                        "overwritten.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the article was written",
                        "2:the command could not do its job (bad id or option, the file exists, unwritable file)"))
                .footer("%nExample:%n  conditions new leg-cramps --title \"Leg Cramps\"%n  conditions validate leg-cramps.yaml");
    }

    /**
     * The command's model: its name, help text and options.
     *
     * @return the model, to add to the command line
     */
    CommandSpec spec() {
        return spec;
    }

    /**
     * Writes the article.
     *
     * @return 0 when written
     * @throws ParameterException if the id or title is not usable, the id is one an HTML export
     *     refuses and the team made the {@code reserved-id} rule an error, or the file is not YAML
     * @throws CommandFailure if the file exists or cannot be written
     * @throws org.conditioncontent.loader.rules.RulesConfigException if the rules configuration
     *     cannot be used
     */
    @Override
    public Integer call() {
        String id = this.id.getValue();
        @Nullable String title = this.title.getValue();
        @Nullable Path out = this.out.getValue();
        if (!id.matches(Condition.ID_PATTERN)) {
            throw new ParameterException(spec.commandLine(), "The id " + VisibleText.of(id) + " must be lower-case letters and"
                    + " digits separated by single hyphens, such as leg-cramps");
        }
        String shownTitle = title != null ? title.strip() : titleFrom(id);
        if (shownTitle.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--title must not be empty");
        }
        Path given = out != null ? out : Path.of(id + ".yaml");
        String name = given.getFileName() == null ? "" : given.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new ParameterException(spec.commandLine(), "--out must name a .yaml or .yml file, not " + VisibleText.of(given.toString()));
        }
        Path file = invocation.resolve(given);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandFailure(VisibleText.of(given.toString()) + " exists; give another id or --out FILE");
        }
        Condition article;
        boolean references;
        @Nullable Finding reserved;
        try (Plugins opened = plugins.open(invocation)) {
            // A configuration may set options of house rules, which come from the plug-ins.
            RuleSet rules = RulesConfiguration.ruleSet(config.file(), invocation, opened);
            // A rule turned off keeps its words, but requires nothing: empty sections that no rule
            // checks would pass validate and publish a page with a title alone.
            boolean required = rules.rules().stream().anyMatch(r -> r.id().equals(REQUIRED_SECTION));
            List<String> sections = required ? rules.words(REQUIRED_SECTION, "sections") : List.of();
            article = article(id, shownTitle, sections);
            // Not a section of the body, so not in the file; but validate asks for it next.
            references = sections.contains(REFERENCES);
            // An id an HTML export refuses ("index") is told now, as validate would tell it, not
            // after the article is written: refused if the team made the rule an error.
            reserved = reservedId(rules, article);
            if (reserved != null && reserved.severity() == Severity.ERROR) {
                throw new ParameterException(spec.commandLine(), reserved.message() + " (" + RESERVED_ID + " is an error in the rules"
                        + " configuration)");
            }
        }
        // As a POSIX shell needs it, so that the command can be pasted as printed.
        String command = "conditions validate " + VisibleText.of(shellWord(given.toString()));
        try (StagedFiles staged = new StagedFiles()) {
            staged.stage(file, w -> {
                w.write("# A new article, written by conditions new. Fill in each section's blocks (paragraphs,\n"
                        + "# lists; see docs/format-reference.md), add references, then check it with:\n"
                        + "#   " + command + "\n");
                WireFormat.writeYaml(article, w);
            });
            staged.commit();
        }
        if (article.body().isEmpty() && !references) {
            streams.err().println("Wrote " + VisibleText.of(given.toString()) + " with no section, as the rules require none; add the"
                    + " sections the article needs (docs/format-reference.md), then check it with " + command);
        } else {
            streams.err().println("Wrote " + VisibleText.of(given.toString()) + " with " + toFillIn(article.body().size(), references)
                    + " to fill in; " + command + " lists what is still to write");
        }
        if (reserved != null) {
            streams.err().println("Note: " + reserved.message() + " [" + RESERVED_ID + "]");
        }
        return Exit.OK;
    }

    /**
     * The {@code reserved-id} rule's finding on the new article, at the severity the team gave the
     * rule; {@code null} when it finds nothing or is turned off. Only that rule runs: the others
     * (house rules from plug-ins too) have nothing to say of an article with no text yet.
     */
    private static @Nullable Finding reservedId(RuleSet rules, Condition article) {
        Severity severity = rules.rules().stream().filter(r -> r.id().equals(RESERVED_ID)).map(Rule::defaultSeverity)
                .findFirst().orElse(null);
        if (severity == null) {
            return null; // turned off
        }
        RuleSet alone = RuleSet.builder().add(rules.editorialRules().stream().filter(r -> r.rule().id().equals(RESERVED_ID))
                .findFirst().orElseThrow()).build();
        return alone.check(article).stream().findFirst()
                .map(f -> new Finding(f.rule(), severity, f.pointer(), f.message())).orElse(null);
    }

    /**
     * What the new article leaves to write, as many things as validate then reports: "3 sections",
     * "3 sections and the references", or "the references" alone.
     *
     * @param sections how many empty sections the article has
     * @param references whether the rules require references, which the article does not have
     * @return the words, to follow "with"
     */
    static String toFillIn(int sections, boolean references) {
        if (sections == 0) {
            return "the references";
        }
        return ExportCommand.count(sections, "section") + (references ? " and the references" : "");
    }

    /**
     * A word as a POSIX shell reads it back unchanged: as it is when it has only characters no
     * shell treats specially (letters, digits and {@code _@%+=:,./-}), else in single quotes, each
     * single quote inside written as {@code '\''}.
     *
     * @param word the word, such as a file's path
     * @return the word, quoted when it needs to be
     */
    static String shellWord(String word) {
        if (SHELL_SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * The new article: the required sections in the order the configuration gives them, each
     * empty, so that the required-section rule names each one until it is written.
     */
    static Condition article(String id, String title, List<String> requiredSections) {
        List<Section> body = new ArrayList<>();
        for (String word : requiredSections) {
            SectionKind kind = WireFormat.enumValue(SectionKind.class, word);
            if (kind != null) { // "references" is not a section of the body
                body.add(Section.of(kind));
            }
        }
        return Condition.builder(id, title).body(body.toArray(Section[]::new)).build();
    }

    /** "leg-cramps" gives "Leg cramps". */
    static String titleFrom(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
