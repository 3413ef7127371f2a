package org.conditioncontent.render.export;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.html.AzIndexPage;
import org.conditioncontent.render.html.HtmlRenderer;
import org.conditioncontent.render.html.Sitemap;
import org.conditioncontent.render.internal.RendererShape;
import org.conditioncontent.render.json.JsonLines;
import org.conditioncontent.render.json.JsonRenderer;
import org.jspecify.annotations.Nullable;

/**
 * The files of an export of articles, as {@code conditions export} and the Maven plugin's
 * {@code export} goal write them: {@code <format>/<id>.<extension>} for each article in each
 * format and, when HTML is among the formats, a site in the {@code html} folder:
 * <ul>
 *   <li>{@code html/index.html}, the A&ndash;Z index ({@link AzIndexPage}), which links the bundle;
 *   <li>{@code html/conditions.jsonl}, every article a line ({@link JsonLines});
 *   <li>{@code html/sitemap.xml} ({@link Sitemap}), when the site's address is given;
 *   <li>the pages of the built-in {@link HtmlRenderer} link related articles both ways, by title:
 *       when one article names another as related, each page links the other. The renderer's
 *       other options are kept; its {@linkplain HtmlRenderer.Builder#relatedTitles related titles}
 *       are those of the export's articles, in place of any it was given.
 * </ul>
 *
 * <pre>{@code
 * ExportPlan plan = ExportPlan.builder().renderers(Renderers.discover().all()).build();
 * ExportFile.writeAll(plan.files(conditions), folder);   // one thread; with the JSON files the bundle writes
 * }</pre>
 *
 * <p>The plan says what to write; where and how (a folder swapped whole with {@link FolderSwap},
 * several threads) is the caller's. Its files' contents are thread-safe, as the renderers are: each may be written on any
 * thread, and several at once. Immutable and thread-safe.
 */
public final class ExportPlan {

    /** The folder of the HTML pages, which is also the site's folder. */
    public static final String SITE_FOLDER = "html";

    /** The A&ndash;Z index page's name in the site's folder. */
    public static final String INDEX_PAGE = "index.html";

    /** The bundle's name in the site's folder. */
    public static final String BUNDLE = "conditions.jsonl";

    /** The sitemap's name in the site's folder, written when the site's address is given. */
    public static final String SITEMAP = "sitemap.xml";

    /**
     * Why an article whose page {@linkplain #overwritesIndex(Condition) would overwrite the index
     * page} cannot be exported, for a message that names its file first ({@code FILE: } and this).
     */
    public static final String OVERWRITES_INDEX = "the id \"index\" would overwrite the export's " + SITE_FOLDER + "/"
            + INDEX_PAGE + "; give the article another id";

    /** The id whose page would be the index page. */
    private static final String INDEX_ID = "index";

    private final List<Renderer> renderers;
    private final @Nullable String siteUrl;
    private final boolean jsonFilesFromBundle;
    private final boolean site;

    private ExportPlan(Builder builder) {
        this.renderers = List.copyOf(builder.renderers);
        this.siteUrl = builder.siteUrl;
        this.jsonFilesFromBundle = builder.jsonFilesFromBundle;
        this.site = renderers.stream().anyMatch(r -> r.format().equals(SITE_FOLDER));
    }

    /**
     * Starts a builder: no renderers yet, no site address, the JSON files written by the bundle.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The formats' renderers, in the order their files are listed.
     *
     * @return the renderers, never empty
     */
    public List<Renderer> renderers() {
        return renderers;
    }

    /**
     * Whether the export writes a site: HTML is among its formats, so the {@code html} folder gets
     * the index, the bundle and, with the site's address, the sitemap.
     *
     * @return {@code true} when HTML is among the formats
     */
    public boolean site() {
        return site;
    }

    /**
     * Whether an article's page would overwrite the site's index page: its id is {@code index}, in
     * any case, and the export writes a site. {@link #files} refuses such an article; a caller that knows
     * the article's file checks first, to name it with {@link #OVERWRITES_INDEX}.
     *
     * @param condition an article
     * @return {@code true} when the article cannot be exported with this plan
     * @throws NullPointerException if {@code condition} is {@code null}
     */
    public boolean overwritesIndex(Condition condition) {
        Objects.requireNonNull(condition, "condition must not be null");
        // "Index.html" is "index.html" on a file system that ignores case (macOS, Windows).
        return site && condition.id() != null && INDEX_ID.equals(condition.id().toLowerCase(Locale.ROOT));
    }

    /**
     * The formats whose folders an export with this plan leaves as they are in its output folder:
     * among {@code formats}, those it does not write whose folder is there (a folder itself, not a
     * link to one). An export replaces the folders of the formats it writes, and nothing else in
     * the output folder, so after an export of fewer formats these hold an earlier export's files,
     * an article deleted since among them, and a site that publishes the whole folder keeps them.
     * {@code conditions export} and the Maven plugin's {@code export} goal name them after their
     * summary, in the words of {@link #foldersLeftNote(List)}.
     *
     * @param folder the export's output folder
     * @param formats the formats whose folders count, such as every format the renderers found have
     * @return the formats, in the order given, each once; empty when there are none
     * @throws NullPointerException if an argument or a format is {@code null}
     */
    public List<String> formatsLeft(Path folder, Collection<String> formats) {
        Objects.requireNonNull(folder, "folder must not be null");
        Set<String> written = new HashSet<>();
        renderers.forEach(r -> written.add(r.format()));
        Set<String> left = new LinkedHashSet<>();
        for (String format : formats) {
            if (!written.contains(Objects.requireNonNull(format, "a format must not be null"))
                    && Files.isDirectory(folder.resolve(format), LinkOption.NOFOLLOW_LINKS)) {
                left.add(format);
            }
        }
        return List.copyOf(left);
    }

    /**
     * What to tell the user of the folders an export left ({@link #formatsLeft}), as a sentence
     * without its capital and full stop: "out/json and out/text were left as they were, from an
     * earlier export; export those formats too, or delete them, if the articles changed since".
     *
     * @param folders the folders, each as the user should read it (escaped as the caller's
     *     messages are), at least one
     * @return the sentence
     * @throws IllegalArgumentException if the list is empty
     */
    public static String foldersLeftNote(List<String> folders) {
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("No folders were left: there is nothing to say");
        }
        boolean one = folders.size() == 1;
        return String.join(" and ", folders) + (one ? " was" : " were") + " left as " + (one ? "it was" : "they were")
                + ", from an earlier export; export " + (one ? "that format" : "those formats") + " too, or delete "
                + (one ? "it" : "them") + ", if the articles changed since";
    }

    /**
     * The files of an export of {@code conditions}: each article in each format, in the order of
     * the renderers and then of the articles, then the index, the bundle and the sitemap. When the
     * bundle writes the JSON files ({@link Builder#jsonFilesFromBundle(boolean)}), they are not
     * files of the list: the bundle's {@link ExportFile.Content} hands each one to its
     * {@link ExportFile.FileSink} as it goes. Nothing is rendered here; each file is rendered when
     * it is written.
     *
     * @param conditions the articles, each id once, as a load without errors gives them
     * @return the files, unmodifiable
     * @throws NullPointerException if the list or an article in it is {@code null}
     * @throws IllegalArgumentException if an article has no id, an id that is not a file name (empty,
     *     {@code .} or {@code ..}, or with a {@code /}, a {@code \} or a control character), an id
     *     another article has too, in any case ({@code Foo} and {@code foo} name one file where case
     *     is ignored), or the id {@code index}, in any case, in an export with a site
     */
    public List<ExportFile> files(List<Condition> conditions) {
        List<Condition> articles = List.copyOf(conditions);
        // By the file names' lower case: two ids that differ in case only name one file on a file
        // system that ignores case (macOS, Windows), where the second would overwrite the first.
        Map<String, String> ids = new HashMap<>();
        for (Condition c : articles) {
            String id = c.id();
            if (id == null || !isOneName(id)) {
                throw new IllegalArgumentException("The article id " + (id == null ? "null" : "\"" + id + "\"")
                        + " cannot name its files: an id is a file name, such as muscle-cramps");
            }
            String before = ids.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
            if (before != null) {
                throw new IllegalArgumentException(before.equals(id)
                        ? "Two articles have the id \"" + id + "\"; the second would overwrite the first's files"
                        : "The articles \"" + before + "\" and \"" + id + "\" differ in case only; on a file system that ignores"
                                + " case (macOS, Windows) the second would overwrite the first's files");
            }
            if (overwritesIndex(c)) {
                throw new IllegalArgumentException(Character.toUpperCase(OVERWRITES_INDEX.charAt(0)) + OVERWRITES_INDEX.substring(1));
            }
        }
        @Nullable Renderer json = site && jsonFilesFromBundle
                ? renderers.stream().filter(r -> r.getClass() == JsonRenderer.class).findFirst().orElse(null)
                : null;
        List<ExportFile> files = new ArrayList<>(renderers.size() * articles.size() + 3);
        for (Renderer found : renderers) {
            if (found == json) {
                continue; // written by the bundle, below
            }
            String folder = found.format() + "/";
            String extension = "." + found.fileExtension();
            if (found instanceof HtmlRenderer html) {
                // The site's pages link their related articles both ways, by title, with every
                // other option of the renderer given; the other formats keep the articles as they are.
                // Formats are unique, so there is one such renderer at most.
                RelatedLinks links = new RelatedLinks(articles);
                Renderer pages = html.toBuilder().relatedTitles(links.titles()).build();
                for (Condition c : articles) {
                    files.add(new ExportFile(folder + c.id() + extension, (out, others) -> pages.render(links.withBothWays(c), out), false));
                }
            } else {
                for (Condition c : articles) {
                    files.add(new ExportFile(folder + c.id() + extension, (out, others) -> found.render(c, out), false));
                }
            }
        }
        if (site) {
            String home = SITE_FOLDER + "/";
            files.add(new ExportFile(home + INDEX_PAGE, (out, others) -> AzIndexPage.render(articles, BUNDLE, out), true));
            files.add(new ExportFile(home + BUNDLE, (out, others) -> JsonLines.render(articles, out, jsonFiles(json, others)), true));
            String address = siteUrl;
            if (address != null) {
                files.add(new ExportFile(home + SITEMAP, (out, others) -> Sitemap.render(articles, address, out), true));
            }
        }
        return Collections.unmodifiableList(files);
    }

    /**
     * What the bundle does with each article's canonical JSON: write it as the article's JSON file
     * when the bundle writes them, nothing otherwise. The text is a {@code Utf8Text} on the UTF-8
     * path, which a writer that knows it copies as bytes.
     */
    private static BiConsumer<Condition, CharSequence> jsonFiles(@Nullable Renderer json, ExportFile.FileSink others) {
        if (json == null) {
            return (c, canonical) -> { };
        }
        String folder = json.format() + "/";
        String extension = "." + json.fileExtension();
        return (c, canonical) -> others.write(folder + c.id() + extension, canonical);
    }

    /**
     * Whether an id names one file in a format's folder, and nothing else: no path, whatever the
     * article. A validated article's id says more (the model's id pattern, and
     * {@code FileNameValidator}'s portability); this is the least a plan needs of any article.
     */
    private static boolean isOneName(String id) {
        if (id.isEmpty() || id.equals(".") || id.equals("..")) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch == '/' || ch == '\\' || Character.isISOControl(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Builds an {@link ExportPlan}. Not thread-safe. */
    public static final class Builder {

        private List<Renderer> renderers = List.of();
        private @Nullable String siteUrl;
        private boolean jsonFilesFromBundle = true;

        private Builder() {}

        /**
         * The formats to write, one renderer each; required.
         *
         * @param renderers the renderers, in the order their files are listed
         * @return this builder
         * @throws NullPointerException if the list or a renderer in it is {@code null}
         * @throws IllegalArgumentException if the list is empty, two renderers have one format, or
         *     a renderer's format name, file extension or media type is missing or malformed (the
         *     message names its class)
         */
        public Builder renderers(List<? extends Renderer> renderers) {
            List<Renderer> copy = List.copyOf(renderers);
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("An export needs at least one format");
            }
            Set<String> formats = new HashSet<>();
            for (Renderer r : copy) {
                RendererShape.check(r); // the extension becomes part of a path: it must not leave its folder
                if (!formats.add(r.format())) {
                    throw new IllegalArgumentException("Two renderers have the format " + r.format() + "; an export writes each format once");
                }
            }
            this.renderers = copy;
            return this;
        }

        /**
         * The address the {@code html} folder is published at, such as
         * {@code https://example.org/conditions/}; with it, a site also gets {@code sitemap.xml}.
         * Default: none, and no sitemap.
         *
         * @param siteUrl an absolute http or https address, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException if the address is not an absolute http or https URL of a
         *     folder: a host name (ASCII letters, digits, hyphens and dots) or IP address, a port from 1
         *     to 65535 if any, no user name, password, query or fragment, not a page's name, no spaces,
         *     quotes or angle brackets, and characters beyond ASCII percent-encoded; the message
         *     says which of these is wrong
         */
        public Builder siteUrl(@Nullable String siteUrl) {
            if (siteUrl != null) {
                Sitemap.render(List.of(), siteUrl); // checks the address, with the sitemap's own message
            }
            this.siteUrl = siteUrl;
            return this;
        }

        /**
         * Whether the bundle writes the built-in JSON renderer's files as it goes, from the JSON it
         * makes for its lines, so that each article is made into JSON once (default {@code true}).
         * That file then does about a fifth of an export's work on one thread: a caller that
         * writes on more than about four threads turns it off, and the JSON files are files of
         * the list like the others. It applies only with a site (no site, no bundle) and to
         * {@link JsonRenderer} itself, not to a plug-in's JSON. Either way the files are the same.
         *
         * @param jsonFilesFromBundle {@code true} to write the JSON files from the bundle
         * @return this builder
         */
        public Builder jsonFilesFromBundle(boolean jsonFilesFromBundle) {
            this.jsonFilesFromBundle = jsonFilesFromBundle;
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan
         * @throws IllegalStateException if no renderers were given
         */
        public ExportPlan build() {
            if (renderers.isEmpty()) {
                throw new IllegalStateException("An export plan needs its renderers: call renderers(...) first");
            }
            return new ExportPlan(this);
        }
    }
}
