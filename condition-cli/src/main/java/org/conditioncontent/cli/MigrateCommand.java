package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.schema.ArticleSchema;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code conditions migrate [--check] PATH...}: rewrites article files of an older format version
 * in the current one. Each file is loaded (and so upgraded), written in the wire format of its own
 * kind (YAML stays YAML, JSON stays JSON), and the new text is loaded again to prove it gives an
 * equal article before anything is written; then every file is replaced in one step. The comment
 * lines at the top of a YAML file are kept (a {@code $schema} line for the YAML language server
 * then names the current version's schema); comments inside the article cannot be placed in the
 * new structure, and the command names their lines so that an editor can carry them over.
 */
final class MigrateCommand implements Callable<Integer> {

    private final Invocation invocation;
    private final Streams streams;

    private final OptionSpec check = CommandModel.flag("<check>", "Only report which files would change; write nothing.", "--check").build();

    private final PositionalParamSpec paths = CommandModel.articlePaths("Article files, or folders searched for .json, .yaml and .yml files.");

    /** Only to be passed over: a folder that holds the configuration under another name does not fail the migration. */
    private final ConfigOption config = new ConfigOption("The rules configuration, which the folders' search passes over"
            + " as validate's does; a migration checks structure only and does not read it.");

    private final FollowLinksOption links = new FollowLinksOption();

    private final CommandSpec spec;

    /**
     * Creates the subcommand.
     *
     * @param invocation where messages go, and the working directory
     */
    MigrateCommand(Invocation invocation) {
        this.invocation = invocation;
        this.streams = invocation.streams();
        spec = CommandModel.of(this, "migrate").addOption(check).addPositional(paths);
        config.addTo(spec);
        links.addTo(spec);
        spec.usageMessage()
                .description(
                        "Rewrites articles of an older format version in the current one.",
                        "YAML stays YAML and JSON stays JSON. The comment lines at the top of a YAML",
                        "file are kept; the lines of comments inside the article, which cannot be",
                        "kept, are listed. Nothing is written if any file cannot be migrated.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:every file is in the current format (now, or already)",
                        "1:--check found files to migrate, or a file has errors and was not migrated",
                        "2:the command could not do its job (missing path, unwritable file)"))
                .footer("%nExamples:%n  conditions migrate --check articles%n  conditions migrate articles");
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
     * A file to rewrite: its new text, and what the rewrite could not keep. {@code target} is the
     * file written: {@code file} itself, or where it leads when it is a link.
     */
    private record Change(Path file, Path target, String text, int keptComments, List<Integer> droppedComments,
            boolean schemaLine, int names, @Nullable Object identity) {}

    /**
     * A top comment that names an article schema for the YAML language server, such as
     * {@code # yaml-language-server: $schema=../schema/condition-article-1.schema.json}; group 1
     * is the schema's file name.
     */
    private static final Pattern SCHEMA_LINE = Pattern.compile("^\\s*#\\s*yaml-language-server:\\s*\\$schema=\\S*?(condition-article-\\d+\\.schema\\.json)\\s*$");

    /**
     * Migrates the files.
     *
     * @return the exit code
     * @throws CommandFailure if a path does not exist or a file cannot be read or written
     */
    @Override
    public Integer call() {
        boolean check = this.check.getValue();
        List<Path> paths = this.paths.getValue();
        // Structure only: editorial findings do not stop a migration, and the loader reports
        // every structural problem that would.
        ConditionLoader loader = Articles.loader(RuleSet.none(), links.follow());
        // A folder search passes over the configuration, as validate's does; migrate checks
        // structure only, so the configuration is not read, but it must be there.
        Path configuration = config.file();
        if (configuration != null && !Files.isRegularFile(invocation.resolve(configuration))) {
            throw Files.exists(invocation.resolve(configuration)) ? new CommandFailure("--config " + VisibleText.of(configuration.toString())
                    + " is not a file; give the rules configuration file") : CommandFailure.noSuchPath(configuration);
        }
        // Loaded as found: a link that leads out of the folders or nowhere gets its file-unreadable
        // error and is neither read nor written through (docs/decisions.md, 27 and 137).
        ArticleFiles found = Articles.find(loader, paths, invocation, configuration);
        // Each file as it was before it was read: one saved while the run goes on (seconds, for
        // thousands of files) must not be overwritten with the migration of its older text.
        Map<Path, Object> before = new HashMap<>();
        for (Path file : found.files()) {
            before.put(file, version(file));
        }
        CorpusResult loaded = loader.loadAll(found);
        List<Change> changes = new ArrayList<>();
        int current = 0;
        int failed = 0;
        for (int i = 0; i < found.files().size(); i++) {
            Path file = found.files().get(i);
            LoadResult result = loaded.files().get(i);
            Condition article = result.condition();
            if (article == null) {
                result.diagnostics().forEach(d -> streams.err().println(ValidationReport.line(d)));
                streams.err().println(shown(file) + ": not migrated: fix the errors above first");
                failed++;
                continue;
            }
            // The version the file declares, as the loader read it (a valid file always declares one).
            if (result.sourceFormatVersion() == Condition.FORMAT_VERSION) {
                current++;
                continue;
            }
            Change change = rewrite(file, realPath(file), read(file), article, loader);
            if (change == null) {
                failed++;
            } else {
                changes.add(change);
            }
        }
        // A file's names (hard links) that are among the files found are each migrated; the others keep the old text.
        Map<Object, Long> namesFound = changes.stream().filter(c -> c.identity() != null).map(c -> List.of(c.identity(), c.target()))
                .distinct().collect(Collectors.groupingBy(pair -> pair.get(0), Collectors.counting()));
        if (check) {
            // With what the run would say of the comments: the check is where one decides to migrate.
            changes.forEach(c -> streams.out().println(shown(c.file()) + ": would be migrated to format " + Condition.FORMAT_VERSION
                    + notes(c, otherNames(c, namesFound), true)));
            streams.out().println(summary(changes.size(), current, failed, "to migrate"));
            return changes.isEmpty() && failed == 0 ? Exit.OK : Exit.PROBLEMS;
        }
        if (failed > 0) {
            streams.out().println(summary(0, current, failed, "migrated") + "; nothing was written");
            return Exit.PROBLEMS;
        }
        Map<Path, Change> byTarget = new HashMap<>();
        try (StagedFiles staged = new StagedFiles(line -> streams.err().println("conditions: " + line))) {
            for (Change c : changes) {
                // A link (one the search reads: it leads to a file within the folders, or was named)
                // stays a link, and the file it leads to is migrated, as render --out treats a
                // link; that file is written once, however many links and names lead to it (their
                // texts are the same: one file's article, in its own format).
                if (byTarget.putIfAbsent(c.target(), c) == null) {
                    staged.stage(c.target(), w -> w.write(c.text()));
                }
            }
            // Checked for every file once all are staged (a save while they were loaded, checked
            // and staged stops the run with nothing written), then again just before each is
            // replaced (a save during the renames stops them there).
            for (Change c : byTarget.values()) {
                if (changedSinceRead(c, before)) {
                    throw new CommandFailure(shown(c.file()) + " changed while migrate ran; nothing was written: run the command again");
                }
            }
            staged.commit(target -> {
                Change c = Objects.requireNonNull(byTarget.get(target), "every file staged is a change's");
                if (changedSinceRead(c, before)) {
                    throw new CommandFailure(shown(c.file()) + " changed while migrate ran; it and the files after it were not"
                            + " replaced: run the command again to finish");
                }
            });
        }
        for (Change c : changes) {
            streams.out().println(shown(c.file()) + ": migrated to format " + Condition.FORMAT_VERSION
                    + notes(c, otherNames(c, namesFound), false));
        }
        streams.out().println(summary(changes.size(), current, 0, "migrated"));
        return Exit.OK;
    }

    /**
     * How many names (hard links) a file has, 1 where the file system does not say: the new file
     * takes the place of one, and the others keep the old text.
     */
    private static int names(Path file) {
        try {
            return Files.getAttribute(file, "unix:nlink") instanceof Integer count ? count : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** The names (hard links) of a change's file that are not among the files found, which keep the old text. */
    private static long otherNames(Change c, Map<Object, Long> namesFound) {
        return c.identity() == null ? 0 : c.names() - namesFound.getOrDefault(c.identity(), 1L);
    }

    /** The file system's identity of a file (where a link leads), or {@code null} where it has none. */
    private static @Nullable Object identity(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a change's file is no longer the version read (saved since, by an editor say). */
    private static boolean changedSinceRead(Change c, Map<Path, Object> before) {
        return !Objects.equals(before.get(c.file()), version(c.file()));
    }

    /**
     * What a migration does to a file's comments, $schema line and other names, in the words of a
     * run, or of a check ({@code check}: what the run would do).
     */
    private static String notes(Change c, long otherNames, boolean check) {
        String would = check ? "would " : "";
        StringBuilder line = new StringBuilder();
        if (otherNames > 0) {
            line.append("; it has ").append(otherNames).append(otherNames == 1 ? " other name" : " other names")
                    .append(" (hard links) outside the files given, which ").append(would).append("keep the old text");
        }
        if (c.keptComments() > 0) {
            line.append("; ").append(check ? "would keep" : "kept").append(" the ").append(c.keptComments())
                    .append(" comment lines at the top");
        }
        if (c.schemaLine()) {
            line.append("; its $schema line ").append(check ? "would name" : "now names").append(' ')
                    .append(ArticleSchema.fileName(Condition.FORMAT_VERSION));
        }
        if (!c.droppedComments().isEmpty()) {
            line.append("; the comments inside the article could not be kept (lines ")
                    .append(String.join(", ", c.droppedComments().stream().map(String::valueOf).toList()))
                    .append("): carry them over by hand");
        }
        return line.toString();
    }

    /**
     * The new text of a file, or {@code null} (with a message) when it would not load back equal.
     * Its format is the one the file written is named for ({@code target}, where a link leads), in
     * any case ({@code A.JSON} is JSON), so that a link {@code a.yaml -> b.json} leaves JSON in
     * {@code b.json}, the same text as a migration of {@code b.json} itself.
     */
    private @Nullable Change rewrite(Path file, Path target, String text, Condition article, ConditionLoader loader) {
        boolean json = SourceFormat.of(target).orElse(SourceFormat.YAML) == SourceFormat.JSON;
        StringBuilder out = new StringBuilder(text.length());
        int kept = 0;
        List<Integer> dropped = new ArrayList<>();
        boolean schemaLine = false;
        if (json) {
            WireFormat.write(article, out);
        } else {
            // A byte-order mark is not part of the first line: with it, a comment there was not
            // seen as one, and was lost without a word.
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String[] lines = text.split("\r?\n", -1);
            int i = 0;
            while (i < lines.length && (lines[i].isBlank() || lines[i].stripLeading().startsWith("#"))) {
                if (!lines[i].isBlank()) {
                    kept++;
                }
                String line = currentSchemaLine(lines[i]);
                schemaLine |= !line.equals(lines[i]);
                out.append(line).append('\n');
                i++;
            }
            List<Integer> comments;
            try {
                comments = commentLines(text);
            } catch (YamlEngineException e) {
                // The loader read it, but the parser that reads comments refuses some places the
                // YAML parser takes them (inside a flow collection, say): every line with a # is
                // then named, more than the comments, rather than one lost without a word.
                comments = linesWithAHash(lines);
            }
            int top = i;
            comments.stream().filter(line -> line > top).forEach(dropped::add);
            WireFormat.writeYaml(article, out);
        }
        String migrated = out.toString();
        if (endsLinesWithCrLf(text)) {
            // A file whose every line ends in CRLF (a Windows checkout) keeps them: otherwise every
            // line of it would show as changed. Loaded back below as it is written.
            migrated = migrated.replace("\n", "\r\n");
        }
        LoadResult again = loader.load(display(file), migrated, json ? SourceFormat.JSON : SourceFormat.YAML);
        if (!article.equals(again.condition())) {
            again.diagnostics().forEach(d -> streams.err().println(ValidationReport.line(d)));
            streams.err().println(shown(file) + ": not migrated: the rewritten article does not load back equal; "
                    + "please report this with the file");
            return null;
        }
        return new Change(file, target, migrated, kept, dropped, schemaLine, names(target), identity(target));
    }

    /**
     * A top comment line with the schema named for the current format version: an editor's
     * {@code $schema} line for an older version's schema would flag every field of the migrated
     * article.
     *
     * @param line a comment line from the top of a file
     * @return the line, naming {@code condition-article-<current>.schema.json} where it named
     *     another version's schema
     */
    static String currentSchemaLine(String line) {
        Matcher m = SCHEMA_LINE.matcher(line);
        if (!m.find()) {
            return line;
        }
        return line.substring(0, m.start(1)) + ArticleSchema.fileName(Condition.FORMAT_VERSION) + line.substring(m.end(1));
    }

    /**
     * The lines (from 1) on which a YAML text has a comment, on a line of its own or after a
     * value, as the YAML parser finds them: a {@code #} in quotes, in a block scalar or in a
     * plain value's text ({@code Women's health # to check} has one; {@code a#1} has none) is told
     * apart as YAML tells it, across lines too.
     *
     * @param text the YAML text, without a byte-order mark
     * @return the line numbers, ascending
     * @throws YamlEngineException if the text is not YAML the parser reads
     */
    static List<Integer> commentLines(String text) {
        LoadSettings settings = LoadSettings.builder().setParseComments(true).setCodePointLimit(Integer.MAX_VALUE).build();
        List<Integer> lines = new ArrayList<>();
        for (ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text)); parser.hasNext(); ) {
            if (parser.next() instanceof CommentEvent comment && comment.getCommentType() != CommentType.BLANK_LINE) {
                comment.getStartMark().ifPresent(mark -> lines.add(mark.getLine() + 1));
            }
        }
        return lines.stream().distinct().sorted().toList();
    }

    /** Whether a text has line ends and every one is CRLF. */
    static boolean endsLinesWithCrLf(String text) {
        int crlf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i == 0 || text.charAt(i - 1) != '\r') {
                return false;
            }
            crlf++;
        }
        return crlf > 0;
    }

    /** The lines (from 1) with a {@code #} anywhere: where the comments may be, when the parser cannot say. */
    private static List<Integer> linesWithAHash(String[] lines) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('#') >= 0) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /**
     * What tells one version of a file from the next: its time of change, size and identity on
     * the file system (where a link leads); {@code null} when it cannot be read.
     */
    private static @Nullable Object version(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(attributes.lastModifiedTime(), attributes.size(), String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }

    private Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + shown(file) + ": " + CommandFailure.reason(e), e);
        }
    }

    private String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), UTF_8);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + shown(file) + ": " + CommandFailure.reason(e), e);
        }
    }

    /** The file's name as printed: {@link #display}, control characters made visible, as every report does. */
    private String shown(Path file) {
        return VisibleText.of(display(file));
    }

    private String display(Path file) {
        Path base = invocation.resolve(Path.of("")).toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
    }

    private static String summary(int changed, int current, int failed, String verb) {
        return changed + " " + (changed == 1 ? "file " : "files ") + verb + ", " + current + " already in format "
                + Condition.FORMAT_VERSION + (failed > 0 ? ", " + failed + " with errors" : "");
    }
}
