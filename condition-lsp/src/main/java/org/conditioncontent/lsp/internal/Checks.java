package org.conditioncontent.lsp.internal;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.rules.RulesConfig;
import org.conditioncontent.loader.rules.RulesConfigException;
import org.conditioncontent.model.Condition;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.jspecify.annotations.Nullable;

/**
 * Checks documents with the loader, its rules and the rules configuration, as
 * {@code conditions validate} does, and turns the findings into LSP diagnostics.
 *
 * <p>An article's rules are configured by the nearest {@code conditions.yaml} in its folder or
 * above, up to the workspace folder that holds it (outside every workspace folder, its own folder's
 * only): the command reads the one in the folder it runs in, which for a repository is its root,
 * the workspace folder. A configuration the editor has open is read as it is typed. Loaders are
 * kept per configuration file and text, since building one costs far more than a check.
 */
final class Checks {

    /** The rules configuration's names, in the order a folder is searched for them. */
    private static final List<String> CONFIG_NAMES = List.of(DocumentKind.CONFIG_FILE, DocumentKind.CONFIG_FILE_YML);

    /** A loader and the version of the configuration it was built from. */
    private record Configured(String version, ConditionLoader loader) {}

    private final List<Path> roots = new CopyOnWriteArrayList<>();
    private final Map<Path, Configured> loaders = new ConcurrentHashMap<>();
    private final Function<Path, @Nullable String> openText;
    private final ClassLoader houseRules;
    private final Consumer<String> warn;
    /** The configurations, by file and version, that could not be used and have been warned about. */
    private final Map<Path, String> warned = new ConcurrentHashMap<>();
    /** The conditions.yaml files with a conditions.yml beside them that have been warned about. */
    private final Set<Path> bothShown = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ConditionLoader defaults;

    /**
     * @param openText the text of a file the editor has open, or {@code null} when it is not open
     * @param houseRules the class loader whose house rules are checked, besides the built-in ones
     * @param warn shows the user a message, once for each version of a configuration that cannot be used
     */
    Checks(Function<Path, @Nullable String> openText, ClassLoader houseRules, Consumer<String> warn) {
        this.openText = openText;
        this.houseRules = houseRules;
        this.warn = warn;
    }

    void addRoot(Path root) {
        roots.add(root.toAbsolutePath().normalize());
    }

    List<Path> roots() {
        return List.copyOf(roots);
    }

    /** The workspace folder that holds a file, or {@code null}. */
    @Nullable Path rootOf(Path file) {
        Path best = null;
        for (Path root : roots) {
            if (file.startsWith(root) && (best == null || root.getNameCount() > best.getNameCount())) {
                best = root;
            }
        }
        return best;
    }

    /**
     * The rules configuration for a file: the nearest conditions.yaml (or conditions.yml) in its folder or above,
     * within its workspace folder; for a file outside every workspace folder (or with none open),
     * the one in its own folder only, as {@code conditions validate} run in that folder reads it,
     * never one found further up the disk. {@code null} when there is none, or when that folder has
     * both names: the command then reads neither ({@link #configurationsFor}).
     */
    @Nullable Path configFor(@Nullable Path file) {
        List<Path> found = configurationsFor(file);
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The configuration files of the nearest folder that has any, as {@link #configFor} looks for
     * it: none, one, or both names, conditions.yaml first. A file counts when it is on the disk,
     * whatever it is (a link that leads nowhere, a folder: the command stops on such a
     * conditions.yaml rather than look further up, and so it is reported here), or open in the editor.
     */
    List<Path> configurationsFor(@Nullable Path file) {
        if (file == null) {
            return List.of();
        }
        Path root = rootOf(file);
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            List<Path> here = new ArrayList<>(CONFIG_NAMES.size());
            for (String name : CONFIG_NAMES) {
                Path candidate = dir.resolve(name);
                if (openText.apply(candidate) != null || Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    here.add(candidate);
                }
            }
            if (!here.isEmpty()) {
                return List.copyOf(here);
            }
            if (root == null || dir.equals(root)) {
                break;
            }
        }
        return List.of();
    }

    /**
     * The loader for a file: configured by its conditions.yaml, or with the default rules. Where
     * its folder has both conditions.yaml and conditions.yml, the command stops (which one holds the
     * team's rules would be a guess); here the articles are checked with the default settings, as
     * under a configuration that cannot be used, and the user is told the command's reason, once
     * until a check finds one of the two alone.
     */
    ConditionLoader loaderFor(@Nullable Path file) {
        List<Path> found = configurationsFor(file);
        if (found.size() > 1) {
            Path yaml = found.get(0);
            if (bothShown.add(yaml)) {
                warn.accept("conditions: " + ArticleFiles.bothConfigurations(String.valueOf(yaml.getParent()))
                        + "; the articles under it are checked with the rules' default settings until one is removed");
            }
            return defaults();
        }
        if (!found.isEmpty()) {
            Path config = found.get(0);
            bothShown.remove(config.resolveSibling(DocumentKind.CONFIG_FILE));
            // The version of the configuration: its text when the editor has it open, else the
            // file's date and size, which change whenever it is saved.
            String open = openText.apply(config);
            String version = open != null ? "open " + open : onDisk(config);
            Configured kept = loaders.get(config);
            if (kept != null && kept.version().equals(version)) {
                return kept.loader();
            }
            try {
                // Read as the command reads it (RulesConfig.read: a regular file, at most its size
                // limit, UTF-8), so that the editor and CI refuse the same files.
                ConditionLoader loader = build(open != null ? RulesConfig.parse(config.toString(), open) : RulesConfig.read(config));
                loaders.put(config, new Configured(version, loader));
                warned.remove(config);
                return loader;
            } catch (RulesConfigException | IllegalArgumentException | IllegalStateException | LinkageError
                    | ServiceConfigurationError e) {
                // The command stops on such a configuration; here the articles are still checked,
                // with the default settings, and the user is told why once for each version (the
                // configuration's own document shows its errors where they are, when open).
                if (!version.equals(warned.put(config, version))) {
                    warn.accept("conditions: " + config + " cannot be used (" + firstProblem(e)
                            + "); the articles under it are checked with the rules' default settings until it is fixed");
                }
            }
        }
        return defaults();
    }

    /** A configuration file's date and size, or why they cannot be read; never throws. */
    private static String onDisk(Path config) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(config, BasicFileAttributes.class);
            return "file " + attributes.lastModifiedTime().toMillis() + " " + attributes.size();
        } catch (IOException | RuntimeException e) {
            return "unreadable " + e;
        }
    }

    /**
     * The loader with every rule at its default settings. A house rule that cannot be loaded (the
     * command stops on it before the server starts; a library caller may pass any class loader)
     * is told once, and the built-in rules check alone.
     */
    private ConditionLoader defaults() {
        ConditionLoader loader = defaults;
        if (loader == null) {
            try {
                loader = build(RulesConfig.empty());
            } catch (IllegalStateException | LinkageError | ServiceConfigurationError e) {
                warn.accept("conditions: a house rule cannot be loaded (" + e.getMessage() + "); articles are checked with the"
                        + " built-in rules only");
                loader = ConditionLoader.builder().rules(RuleSet.builder().builtIn().build()).parallelism(1).build();
            }
            defaults = loader;
        }
        return loader;
    }

    /** The first finding of a configuration that cannot be used, or why a rule could not be made. */
    private static String firstProblem(Throwable e) {
        if (e instanceof RulesConfigException invalid && !invalid.diagnostics().isEmpty()) {
            Diagnostic first = invalid.diagnostics().get(0);
            return "line " + first.line() + ": " + first.message();
        }
        return String.valueOf(e.getMessage());
    }

    private ConditionLoader build(RulesConfig config) {
        RuleSet rules = RuleSet.builder().builtIn().discover(houseRules).configure(config).build();
        return ConditionLoader.builder().rules(rules).parallelism(1).build();
    }

    /**
     * Whether a document is checked as an article: a YAML or JSON file by its name (not the
     * configuration, not passed over by the command's search) that is under a rules
     * configuration (in its folder or a folder above it, within its workspace folder, as
     * {@link #configurationsFor} finds one), or whose text says it is an article
     * ({@link DocumentKind#declaresArticle}). Editors start the server for every YAML and JSON
     * file; a {@code package.json} or a {@code docker-compose.yml} outside a folder of articles
     * is none. Asked again at each check: a configuration may appear, and a new file's first
     * lines may be typed.
     */
    boolean isArticle(OpenDocument doc) {
        if (!doc.kind().isArticle()) {
            return false;
        }
        List<String> keys = DocumentKind.topLevelKeys(doc.text(), doc.kind().isJson());
        if (DocumentKind.declaresArticle(keys)) {
            return true;
        }
        // Under a configuration, a file with no key yet (a new one, to be typed) is an article, and
        // so is one with a key an article has; one whose keys are all another file's (name and
        // scripts, services, site_name) is not: the team's configuration at the repository's root
        // is above its package.json and compose files too.
        return !configurationsFor(doc.file()).isEmpty() && (keys.isEmpty() || keys.stream().anyMatch(ARTICLE_KEYS::contains));
    }

    /**
     * The top-level fields of an article: format 2's. Format 1's own (definition, symptoms, ...)
     * are not among them, but a format-1 article has an id and a title, which say it is one.
     */
    private static final Set<String> ARTICLE_KEYS = Stream.concat(Stream.of("formatVersion"),
            Arrays.stream(Condition.class.getRecordComponents()).map(RecordComponent::getName)).collect(Collectors.toUnmodifiableSet());

    /**
     * The loader's findings for an open document, with the article when it is valid; a document
     * that is neither an article ({@link #isArticle}) nor a configuration has none.
     */
    LoadResult check(OpenDocument doc) {
        Objects.requireNonNull(doc, "doc must not be null");
        // From the UTF-8 bytes the file will have when saved, as conditions validate reads it: the
        // document's size limit is in bytes there, and a text of non-ASCII characters under the
        // limit in characters but over it in bytes must fail here as it fails in CI.
        return switch (doc.kind()) {
            case YAML_ARTICLE, JSON_ARTICLE -> !isArticle(doc) ? new LoadResult(doc.source(), null, List.of())
                    : loaderFor(doc.file()).load(doc.source(), doc.text().getBytes(StandardCharsets.UTF_8),
                            doc.kind().isJson() ? SourceFormat.JSON : SourceFormat.YAML);
            case RULES_CONFIG -> new LoadResult(doc.source(), null, checkConfig(doc));
            case OTHER -> new LoadResult(doc.source(), null, List.of());
        };
    }

    private List<Diagnostic> checkConfig(OpenDocument doc) {
        try {
            build(RulesConfig.parse(doc.source(), doc.text()));
            return List.of();
        } catch (RulesConfigException e) {
            return e.diagnostics();
        }
    }

    /** The LSP diagnostics of findings in a document's text. */
    static List<org.eclipse.lsp4j.Diagnostic> toLsp(List<Diagnostic> findings, OpenDocument doc) {
        LineMap lines = new LineMap(doc.text());
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>(findings.size());
        for (Diagnostic d : findings) {
            out.add(toLsp(d, lines, doc.kind().isJson()));
        }
        return out;
    }

    static org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic d, LineMap lines, boolean json) {
        int start = lines.offset(d.line() - 1, d.column() - 1);
        Token token = Token.at(lines.text(), start, json);
        int end = token.end();
        if (d.rule().equals(Rules.UNKNOWN_VALUE.id()) || d.rule().equals(Rules.UNKNOWN_FIELD.id())) {
            // The token of a plain scalar in a YAML flow mapping split over lines runs on to the
            // line's end ("drugg}"); the value the message quotes is what is wrong.
            String bad = QuickFixes.badValue(d.message(), lines.text().substring(token.contentStart(), token.contentEnd()));
            if (bad != null && token.contentStart() == token.start()) {
                end = Math.min(end, token.contentStart() + bad.length());
            }
        }
        Range range = new Range(lines.position(token.start()), lines.position(end));
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range, d.message(), severity(d.severity()),
                Server.NAME, d.rule());
        String href = RuleLinks.href(d.rule());
        if (href != null) {
            out.setCodeDescription(new DiagnosticCodeDescription(href));
        }
        out.setData(d.pointer());
        return out;
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
