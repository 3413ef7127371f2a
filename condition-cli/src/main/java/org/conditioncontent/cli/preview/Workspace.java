package org.conditioncontent.cli.preview;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/**
 * The articles being previewed: the files under the paths given, loaded together (so cross-file
 * checks such as duplicate ids count), as a {@link Snapshot} that {@link #reload()} replaces.
 * Thread-safe: reloads are serialised, and a snapshot is immutable.
 */
public final class Workspace {

    /**
     * One file of a snapshot.
     *
     * @param route the page's name in URLs: the file name without its extension, made safe
     * @param file the file
     * @param name the file as the findings name it (as given, or relative to the folder given)
     * @param condition the article, or {@code null} when it has errors
     * @param findings the file's findings, in report order
     */
    public record Page(String route, Path file, String name, @Nullable Condition condition, List<Diagnostic> findings) {

        /**
         * Copies the findings.
         *
         * @param route the page's name in URLs
         * @param file the file
         * @param name the file's display name
         * @param condition the article, or {@code null}
         * @param findings the findings
         */
        public Page {
            findings = List.copyOf(findings);
        }

        /**
         * The number of findings of a severity.
         *
         * @param severity a severity
         * @return how many findings have it
         */
        public long count(Severity severity) {
            return findings.stream().filter(d -> d.severity() == severity).count();
        }
    }

    /**
     * The articles at one moment.
     *
     * @param version counts reloads from 1; a page shown at an older version is stale
     * @param pages one page per file, sorted by file
     * @param problem why the paths could not be read, or {@code null}
     */
    public record Snapshot(long version, List<Page> pages, @Nullable String problem) {

        /**
         * Copies the pages.
         *
         * @param version the version
         * @param pages the pages
         * @param problem the problem, or {@code null}
         */
        public Snapshot {
            pages = List.copyOf(pages);
        }

        /**
         * The page a URL path names: {@code /<id>.html} for an article without errors, as the
         * index links it, or {@code /<route>.html}; a route never takes another article's id.
         *
         * @param path the request's raw path
         * @return the page, or {@code null} when none has that name
         */
        public @Nullable Page page(String path) {
            for (Page p : pages) {
                if (p.condition() != null && path.equals("/" + p.condition().id() + ".html")) {
                    return p;
                }
            }
            for (Page p : pages) {
                if (path.equals("/" + p.route() + ".html")) {
                    return p;
                }
            }
            return null;
        }
    }

    private final List<Path> roots;
    private final ConditionLoader loader;
    private final Function<List<Path>, ArticleFiles> search;
    private final Function<Path, String> names;
    private volatile Snapshot snapshot = new Snapshot(0, List.of(), null);

    /**
     * Creates a workspace and loads it.
     *
     * @param roots the article files and folders given on the command line, resolved
     * @param loader the loader, with the editorial rules to check
     * @param search finds the article files under those of the roots that exist, as the loader's
     *     {@link ConditionLoader#find} does (its link policy: a link that leads nowhere or out of
     *     the folders is refused, and {@code loadAll} reports why instead of reading it), less any
     *     file the command passes over, such as its configuration; called on every reload
     * @param names how a file is named in findings and titles
     * @throws NullPointerException if an argument is {@code null}
     */
    public Workspace(List<Path> roots, ConditionLoader loader, Function<List<Path>, ArticleFiles> search,
            Function<Path, String> names) {
        this.roots = List.copyOf(roots);
        this.loader = Objects.requireNonNull(loader, "loader must not be null");
        this.search = Objects.requireNonNull(search, "search must not be null");
        this.names = Objects.requireNonNull(names, "names must not be null");
        reload();
    }

    /**
     * The paths watched.
     *
     * @return the files and folders given
     */
    public List<Path> roots() {
        return roots;
    }

    /**
     * The articles as last loaded.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Loads every file again and makes the result the current snapshot. A file given by name
     * that is gone is left out; a folder that cannot be listed leaves an empty snapshot that says
     * why.
     *
     * @return the new snapshot
     */
    public synchronized Snapshot reload() {
        long version = snapshot.version() + 1;
        List<Path> present = roots.stream().filter(Files::exists).toList();
        Snapshot next;
        try {
            // One search, as validate's: the files a folder holds are not named again one by one,
            // which would read links that validate refuses and fail the whole snapshot on one
            // link that leads nowhere.
            ArticleFiles found = search.apply(present);
            next = new Snapshot(version, pages(loader.loadAll(found), found.files()), null);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            // A folder removed or unreadable between the listing and the loading: say so, and the
            // next change on disk tries again.
            next = new Snapshot(version, List.of(), String.valueOf(e.getMessage()));
        }
        if (next.pages().equals(snapshot.pages()) && Objects.equals(next.problem(), snapshot.problem())) {
            return snapshot; // nothing a page shows changed (an editor's swap file, say): no reload
        }
        snapshot = next;
        return next;
    }

    /**
     * The pages of the loaded files, one a file; {@code paths} are the files in the results'
     * order. A result's path is taken from them, not made again from its name: a name beyond
     * ASCII read in the C locale on Linux cannot be made a path again.
     */
    private List<Page> pages(CorpusResult corpus, List<Path> paths) {
        Map<String, List<Diagnostic>> bySource = new LinkedHashMap<>();
        for (Diagnostic d : corpus.diagnostics()) {
            bySource.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
        }
        List<@Nullable Condition> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (LoadResult file : corpus.files()) {
            List<Diagnostic> findings = bySource.getOrDefault(file.source(), List.of());
            Condition article = findings.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? null : file.condition();
            articles.add(article);
            if (article != null) {
                ids.add(article.id());
            }
        }
        Set<String> routes = new HashSet<>(Set.of(PreviewPages.INDEX)); // the index page keeps its name
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < corpus.files().size(); i++) {
            LoadResult file = corpus.files().get(i);
            Path path = paths.get(i);
            Condition article = articles.get(i);
            // The index links articles by id: a file's route never takes another article's id,
            // or that link would lead to this file ("zeta.yaml" beside an article whose id is zeta).
            String own = article == null ? null : article.id();
            String route = unique(route(path), candidate -> routes.contains(candidate) || (ids.contains(candidate) && !candidate.equals(own)));
            routes.add(route);
            pages.add(new Page(route, path, names.apply(path), article, bySource.getOrDefault(file.source(), List.of())));
        }
        return pages;
    }

    /** The file name without its extension, in lower case, with anything but letters, digits and hyphens made a hyphen. */
    static String route(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        String safe = stem.replaceAll("[^a-z0-9-]+", "-");
        return safe.isEmpty() ? "article" : safe;
    }

    private static String unique(String route, Predicate<String> taken) {
        String candidate = route;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = route + "-" + n;
        }
        return candidate;
    }
}
