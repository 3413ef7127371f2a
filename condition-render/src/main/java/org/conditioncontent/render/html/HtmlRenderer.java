package org.conditioncontent.render.html;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.LinkPolicy;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.internal.LabelChoice;
import org.conditioncontent.render.internal.HtmlWriter;
import org.conditioncontent.render.internal.UrlPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Renders an article as semantic, accessible HTML5: an {@code <article>} with a {@code <header>}
 * (the title, subtitle, series, other names and codes), one {@code <section>} per section of the
 * body in the publisher's order, labelled by its heading (the publisher's, else the kind's label)
 * with a stable {@code id} from its kind ({@code definition}, {@code risk-factors},
 * {@code when-to-see-a-doctor}, ...; {@code -2}, {@code -3} for repeats), nested sections one
 * heading level deeper, lists as {@code <ul>} or {@code <ol>}, asides as labelled
 * {@code <aside>}s, then {@code resources} and {@code references}, and a {@code <footer>} with the
 * contributors, publisher, dates, copyright, review dates, notices and the feedback address.
 *
 * <pre>{@code
 * String page = new HtmlRenderer().render(condition);              // a full page
 * HtmlRenderer fragment = HtmlRenderer.builder()
 *         .fragment(true)                                         // only the <article>
 *         .firstHeadingLevel(2)                                   // the title is an <h2>
 *         .build();
 * HtmlRenderer themed = HtmlRenderer.builder()
 *         .stylesheetUrl("/css/conditions.css")                   // a <link> instead of the built-in style
 *         .build();
 * }</pre>
 *
 * <p>A full page has a doctype, {@code lang} (the article's language when it is a well-formed
 * BCP 47 tag, else {@code en}), a {@code <title>}, a meta description, the built-in style sheet
 * (or a link to one's own, or none), a canonical link when the article has a web address and,
 * unless turned off, the article's schema.org structured
 * data as JSON-LD ({@code MedicalWebPage} with the {@code MedicalCondition} as its
 * {@code mainEntity}); see {@code docs/html.md} for the mapping. A fragment is the
 * {@code <article>} alone, and carries the JSON-LD (as its last child) only when asked.
 *
 * <p>The words the renderer adds come from the {@link Labels} of the article's language, and
 * references are cited in the builder's {@link CitationStyle}. Where the label set is in another
 * language than the page (English words, since there is no French set, on a French page), each
 * piece of its words carries that language, {@code lang="en"}, and on a page written right to left
 * {@code dir="ltr"} too: a default heading on its own element, words inside a line in a
 * {@code <span>}, a date in words on its {@code <time>}. The article's own words are never
 * marked. A publisher can replace the markup of one part type with a {@link HtmlPartRenderer} of
 * its own, and add classes to any part's element with {@link PartAttributes}.
 *
 * <p>Every value from the article is escaped, and by default ({@link LinkPolicy#standard()})
 * only {@code http}, {@code https} and {@code mailto} URLs become links ({@code rel="noopener noreferrer"} on web links); any other
 * URL is written as text. The JSON-LD is escaped so that no value can end its script element.
 * With the default options the page makes no external requests of its own: the style sheet is
 * built in, and only an illustration with a URL loads an image.
 *
 * <p>The format name is {@code html}, the media type {@code text/html; charset=UTF-8} and the
 * file extension {@code html}. Immutable and thread-safe.
 */
public final class HtmlRenderer implements Renderer {

    private final boolean fragment;
    private final int firstHeadingLevel;
    private final boolean stylesheet;
    private final @Nullable String stylesheetUrl;
    private final boolean jsonLd;
    /** The JSON-LD option as given, {@code null} for the default that follows {@link #fragment}. */
    private final @Nullable Boolean jsonLdGiven;
    private final Map<String, String> relatedTitles;
    /** The label sets as given, kept for {@link #toBuilder()}. */
    private final Map<String, Labels> labelSets;
    private final LabelChoice labels;
    private final CitationStyle citationStyle;
    private final LinkPolicy linkPolicy;
    private final Map<Class<?>, HtmlPartRenderer<?>> partRenderers;
    private final @Nullable PartAttributes partAttributes;

    /**
     * Creates a renderer with the default options: a full page, the title an {@code <h1>}, with
     * the built-in style sheet and the JSON-LD structured data.
     */
    public HtmlRenderer() {
        this(new Builder());
    }

    private HtmlRenderer(Builder builder) {
        this.fragment = builder.fragment;
        this.firstHeadingLevel = builder.firstHeadingLevel;
        this.stylesheet = builder.stylesheet;
        this.stylesheetUrl = builder.stylesheetUrl;
        this.jsonLd = builder.jsonLd != null ? builder.jsonLd : !builder.fragment;
        this.jsonLdGiven = builder.jsonLd;
        this.relatedTitles = Map.copyOf(builder.relatedTitles);
        this.labelSets = Map.copyOf(builder.labels);
        this.labels = LabelChoice.of(labelSets);
        this.citationStyle = builder.citationStyle;
        this.linkPolicy = builder.linkPolicy;
        this.partRenderers = Map.copyOf(builder.partRenderers);
        this.partAttributes = builder.partAttributes;
    }

    /**
     * Starts a builder with the default options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this renderer's options, every one of them, to build a renderer that
     * differs in some: {@code renderer.toBuilder().relatedTitles(titles).build()} keeps the
     * fragment setting, style sheet, labels, citation style, link policy and part renderers. An
     * option this renderer left at its default stays a default: the JSON-LD, unless given, still
     * follows the fragment setting.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.fragment = fragment;
        builder.firstHeadingLevel = firstHeadingLevel;
        builder.stylesheet = stylesheet;
        builder.stylesheetUrl = stylesheetUrl;
        builder.jsonLd = jsonLdGiven;
        builder.relatedTitles = relatedTitles;
        builder.labels.putAll(labelSets);
        builder.citationStyle = citationStyle;
        builder.linkPolicy = linkPolicy;
        builder.partRenderers.putAll(partRenderers);
        builder.partAttributes = partAttributes;
        return builder;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code html}
     */
    @Override
    public String format() {
        return "html";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code text/html; charset=UTF-8}
     */
    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code html}
     */
    @Override
    public String fileExtension() {
        return "html";
    }

    /**
     * Whether this renderer writes only the {@code <article>} element rather than a full page.
     *
     * @return {@code true} for a fragment
     */
    public boolean fragment() {
        return fragment;
    }

    /**
     * The heading level of the article's title; sections are one level below it.
     *
     * @return a level from 1 to 5
     */
    public int firstHeadingLevel() {
        return firstHeadingLevel;
    }

    /**
     * Whether a full page carries the built-in style sheet. Fragments never do, and a page with a
     * {@linkplain #stylesheetUrl() linked style sheet} does not either.
     *
     * @return {@code true} if it does
     */
    public boolean stylesheet() {
        return stylesheet && stylesheetUrl == null;
    }

    /**
     * The style sheet a full page links to instead of carrying the built-in one.
     *
     * @return the URL, or empty when the page links none
     */
    public Optional<String> stylesheetUrl() {
        return Optional.ofNullable(stylesheetUrl);
    }

    /**
     * Whether the output carries the article's schema.org structured data as JSON-LD: in the
     * {@code <head>} of a full page, or as the last child of the {@code <article>} of a fragment.
     *
     * @return {@code true} if it does
     */
    public boolean jsonLd() {
        return jsonLd;
    }

    /**
     * Renders an article as an HTML string, as {@link #render(Condition, Appendable)} writes it.
     * The buffer starts large enough for a typical page with its built-in style sheet, so that it
     * is not copied again and again as it grows.
     *
     * @param condition the article
     * @return the HTML
     */
    @Override
    public String render(Condition condition) {
        int typical = fragment || !stylesheet || stylesheetUrl != null ? 8192 : Stylesheet.CSS.length() + 8192;
        StringBuilder out = new StringBuilder(typical);
        render(condition, out);
        return out.toString();
    }

    /**
     * The citation style of the references.
     *
     * @return the style
     */
    public CitationStyle citationStyle() {
        return citationStyle;
    }

    /**
     * Which URLs from an article become links.
     *
     * @return the policy
     */
    public LinkPolicy linkPolicy() {
        return linkPolicy;
    }

    /**
     * Renders an article as HTML.
     *
     * @param condition the article
     * @param out where the HTML goes; it is not flushed or closed
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    @Override
    public void render(Condition condition, Appendable out) {
        HtmlWriter html = new HtmlWriter(out, linkPolicy);
        Labels words = labels.forArticle(condition);
        // A fragment's page is taken to be in the article's language, as a full page is.
        String language = language(condition);
        ArticleWriter article = new ArticleWriter(html, firstHeadingLevel, condition, words, language, citationStyle,
                partRenderers, partAttributes, relatedTitles);
        if (fragment) {
            article.write(condition, jsonLd);
            return;
        }
        html.raw(Markup.DOCTYPE);
        html.start("html", "lang", language, "dir", TextDirection.of(language)).newline();
        html.raw(Markup.HEAD_META_CHARSET);
        html.raw(Markup.META_VIEWPORT);
        article.documentTitle();
        // One walk for what the head takes from the body, the description and the JSON-LD's items.
        PageFacts facts = PageFacts.of(condition);
        String description = facts.description();
        if (!description.isEmpty()) {
            html.start("meta", "name", "description", "content", description).newline();
        }
        String canonical = UrlPolicy.linkTarget(condition.url());
        if (canonical != null && UrlPolicy.isWeb(canonical)) {
            html.start("link", "rel", "canonical", "href", canonical).newline();
        }
        if (stylesheetUrl != null) {
            html.start("link", "rel", "stylesheet", "href", stylesheetUrl).newline();
        } else if (stylesheet) {
            html.raw(Markup.STYLE).raw(Markup.STYLESHEET).raw(Markup.END_STYLE);
        }
        if (jsonLd) {
            html.jsonScript(json -> JsonLd.write(condition, facts, json)).newline();
        }
        html.raw(Markup.END_HEAD_BODY_MAIN);
        article.write(condition, false);
        html.raw(Markup.END_MAIN_END_BODY_END_HTML);
    }

    /**
     * The page's language: the article's when it is a well-formed tag, else English, the language
     * of the renderer's own words. A malformed tag would make the page invalid and tell screen
     * readers nothing.
     */
    private static String language(Condition condition) {
        String language = condition.language() == null ? null : condition.language().strip();
        return JsonLd.isLanguageTag(language) ? language : "en";
    }

    @Override
    public String toString() {
        return "HtmlRenderer[fragment=" + fragment + ", firstHeadingLevel=" + firstHeadingLevel
                + ", stylesheet=" + stylesheet + ", stylesheetUrl=" + stylesheetUrl + ", jsonLd=" + jsonLd
                + ", relatedTitles=" + relatedTitles.size() + "]";
    }

    /**
     * Options for an {@link HtmlRenderer}. Every option has a default, so {@code builder().build()}
     * renders as {@code new HtmlRenderer()} does. Not thread-safe; the renderers it builds are.
     */
    public static final class Builder {
        private boolean fragment;
        private int firstHeadingLevel = 1;
        private boolean stylesheet = true;
        private @Nullable String stylesheetUrl;
        private @Nullable Boolean jsonLd;
        private Map<String, String> relatedTitles = Map.of();
        private final Map<String, Labels> labels = new HashMap<>();
        private CitationStyle citationStyle = CitationStyle.house();
        private LinkPolicy linkPolicy = LinkPolicy.standard();
        private final Map<Class<?>, HtmlPartRenderer<?>> partRenderers = new HashMap<>();
        private @Nullable PartAttributes partAttributes;

        private Builder() {}

        /**
         * A label set to use for articles in its language, in place of the built-in one for that
         * language or beside them. Defaults to the built-in English and Spanish sets.
         *
         * @param value the label set
         * @return {@code this}
         */
        public Builder labels(Labels value) {
            Objects.requireNonNull(value, "labels must not be null");
            labels.put(value.language(), value);
            return this;
        }

        /**
         * How references are cited. Defaults to {@link CitationStyle#house()}.
         *
         * @param value the style
         * @return {@code this}
         */
        public Builder citationStyle(CitationStyle value) {
            this.citationStyle = Objects.requireNonNull(value, "citationStyle must not be null");
            return this;
        }

        /**
         * Which URLs from an article become links; the rest are written as text. Defaults to
         * {@link LinkPolicy#standard()} (http, https, mailto). The canonical link and images stay
         * http and https only whatever the policy.
         *
         * @param value the policy
         * @return {@code this}
         */
        public Builder linkPolicy(LinkPolicy value) {
            this.linkPolicy = Objects.requireNonNull(value, "linkPolicy must not be null");
            return this;
        }

        /**
         * A renderer of one's own for one part type, in place of the built-in markup for it. The
         * built-in renderers come last, so this one wins; it can call
         * {@link HtmlPartContext#renderBuiltIn()} to wrap them. A second one for the same type
         * replaces the first. Defaults to none.
         *
         * @param type the part type, such as {@code Part.ReferencesPart.class}
         * @param renderer the renderer
         * @param <P> the part type
         * @return {@code this}
         */
        public <P extends Part> Builder partRenderer(Class<P> type, HtmlPartRenderer<? super P> renderer) {
            Objects.requireNonNull(type, "type must not be null");
            partRenderers.put(type, Objects.requireNonNull(renderer, "renderer must not be null"));
            return this;
        }

        /**
         * Classes and {@code data-} attributes to add to the element of each part. Defaults to none.
         *
         * @param value the attributes, or {@code null} for none
         * @return {@code this}
         */
        public Builder attributes(@Nullable PartAttributes value) {
            this.partAttributes = value;
            return this;
        }

        /**
         * Whether to write only the {@code <article>} element, to embed in a page of one's own,
         * instead of a full document with {@code <head>}. Defaults to {@code false}.
         *
         * @param value {@code true} for a fragment
         * @return {@code this}
         */
        public Builder fragment(boolean value) {
            this.fragment = value;
            return this;
        }

        /**
         * The heading level of the article's title, so a fragment fits into the outline of the
         * page around it. Sections get the next level and resource groups the one after that
         * (beyond {@code <h6>} a group heading is marked up with {@code role="heading"} and
         * {@code aria-level}). Defaults to 1. Checked by {@link #build()}.
         *
         * @param value a level from 1 to 5
         * @return {@code this}
         */
        public Builder firstHeadingLevel(int value) {
            this.firstHeadingLevel = value;
            return this;
        }

        /**
         * Whether a full page carries a small built-in style sheet: readable line length and
         * spacing, print friendly, no external requests. Fragments never carry it. Defaults to
         * {@code true}.
         *
         * @param value {@code false} to leave the styling to the page
         * @return {@code this}
         */
        public Builder stylesheet(boolean value) {
            this.stylesheet = value;
            return this;
        }

        /**
         * A style sheet for a full page to link to, {@code <link rel="stylesheet" href="...">},
         * instead of carrying the built-in one; whatever {@link #stylesheet(boolean)} says, a page
         * with a link carries no built-in style. Fragments have no head and never link one.
         * Defaults to none. Checked by {@link #build()}.
         *
         * @param url an {@code http} or {@code https} URL, or a relative one such as
         *     {@code /css/conditions.css} or {@code ../style.css}; {@code null} for none
         * @return {@code this}
         */
        public Builder stylesheetUrl(@Nullable String url) {
            this.stylesheetUrl = url;
            return this;
        }

        /**
         * Whether to write the article's schema.org structured data as JSON-LD. Defaults to
         * {@code true} for a full page (in its {@code <head>}) and to {@code false} for a fragment
         * (where it is the last child of the {@code <article>}), since a page that embeds
         * fragments usually has structured data of its own.
         *
         * @param value {@code true} to write it, {@code false} to leave it out
         * @return {@code this}
         */
        public Builder jsonLd(boolean value) {
            this.jsonLd = value;
            return this;
        }

        /**
         * The articles published beside this one, as a site's pages are: their titles by id. A
         * related id found here is written as a link to {@code <id>.html} in the same folder,
         * under the article's title; any other related id stays text. Defaults to none: every
         * related id is text, since a page rendered on its own cannot know where others are.
         *
         * @param titlesById the titles of the articles that have a page beside this one, by id
         * @return {@code this}
         * @throws NullPointerException if the map, a key or a value is {@code null}
         */
        public Builder relatedTitles(Map<String, String> titlesById) {
            this.relatedTitles = Map.copyOf(titlesById);
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         * @throws IllegalArgumentException if the first heading level is not between 1 and 5, or
         *     the style sheet URL is blank, has white space or control characters, or has a scheme
         *     other than http or https
         */
        public HtmlRenderer build() {
            if (firstHeadingLevel < 1 || firstHeadingLevel > 5) {
                throw new IllegalArgumentException(
                        "firstHeadingLevel must be between 1 and 5, was " + firstHeadingLevel);
            }
            if (stylesheetUrl != null) {
                checkStylesheetUrl(stylesheetUrl);
            }
            return new HtmlRenderer(this);
        }

        /**
         * The URL is the application's, not an article's, so it may be relative; but it is still
         * checked, since a {@code javascript:} or {@code data:} style sheet would be a hole.
         */
        private static void checkStylesheetUrl(String url) {
            boolean plain = !url.isEmpty();
            for (int i = 0; plain && i < url.length(); i++) {
                char c = url.charAt(i);
                plain = c > ' ' && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0;
            }
            if (!plain) {
                throw new IllegalArgumentException("stylesheetUrl must be a URL without spaces, quotes, angle brackets "
                        + "or control characters, was \"" + url + "\"");
            }
            int colon = url.indexOf(':');
            int slash = url.indexOf('/');
            boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
            String lower = url.toLowerCase(Locale.ROOT);
            if (hasScheme && !lower.startsWith("http://") && !lower.startsWith("https://")) {
                throw new IllegalArgumentException("stylesheetUrl must be an http or https URL or a relative URL, was \""
                        + url + "\"");
            }
        }
    }
}
