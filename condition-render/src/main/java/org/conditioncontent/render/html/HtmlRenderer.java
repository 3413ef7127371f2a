package org.conditioncontent.render.html;

import java.io.UncheckedIOException;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.internal.HtmlWriter;

/**
 * Renders an article as semantic, accessible HTML5: an {@code <article>} with a {@code <header>}
 * (the title, other names and codes), one {@code <section>} per part with its own heading and a
 * stable {@code id} ({@code definition}, {@code causes}, {@code risk-factors}, {@code symptoms},
 * {@code diagnosis}, {@code treatment}, {@code prevention}, {@code medications}, further
 * sections by kind such as {@code when-to-see-a-doctor}, {@code resources}, {@code references}),
 * and a {@code <footer>} with the contributors, copyright, review dates, notices and the feedback
 * address.
 *
 * <pre>{@code
 * String page = new HtmlRenderer().render(condition);              // a full page
 * HtmlRenderer fragment = HtmlRenderer.builder()
 *         .fragment(true)                                         // only the <article>
 *         .firstHeadingLevel(2)                                   // the title is an <h2>
 *         .build();
 * }</pre>
 *
 * <p>Every value from the article is escaped, and only {@code http}, {@code https} and
 * {@code mailto} URLs become links ({@code rel="noopener noreferrer"} on web links); any other
 * URL is written as text. The page makes no external requests of its own: the style sheet is
 * built in, and only an illustration with a URL loads an image.
 *
 * <p>The format name is {@code html}, the media type {@code text/html; charset=UTF-8} and the
 * file extension {@code html}. Immutable and thread-safe.
 */
public final class HtmlRenderer implements Renderer {

    private final boolean fragment;
    private final int firstHeadingLevel;
    private final boolean stylesheet;

    /** Creates a renderer with the default options: a full page, the title an {@code <h1>}, with the built-in style sheet. */
    public HtmlRenderer() {
        this(new Builder());
    }

    private HtmlRenderer(Builder builder) {
        this.fragment = builder.fragment;
        this.firstHeadingLevel = builder.firstHeadingLevel;
        this.stylesheet = builder.stylesheet;
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
     * Whether a full page carries the built-in style sheet. Fragments never do.
     *
     * @return {@code true} if it does
     */
    public boolean stylesheet() {
        return stylesheet;
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
        HtmlWriter html = new HtmlWriter(out);
        ArticleWriter article = new ArticleWriter(html, firstHeadingLevel);
        if (fragment) {
            article.write(condition);
            return;
        }
        html.raw("<!DOCTYPE html>\n");
        html.start("html", "lang", language(condition)).newline();
        html.raw("<head>\n<meta charset=\"utf-8\">\n");
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.element("title", condition.title()).newline();
        String description = MetaDescription.of(condition);
        if (!description.isEmpty()) {
            html.start("meta", "name", "description", "content", description).newline();
        }
        if (stylesheet) {
            html.raw("<style>\n").raw(Stylesheet.CSS).raw("</style>\n");
        }
        html.raw("</head>\n<body>\n<main>\n");
        article.write(condition);
        html.raw("</main>\n</body>\n</html>\n");
    }

    private static String language(Condition condition) {
        String language = condition.language();
        return language == null || language.isBlank() ? "en" : language.strip();
    }

    @Override
    public String toString() {
        return "HtmlRenderer[fragment=" + fragment + ", firstHeadingLevel=" + firstHeadingLevel
                + ", stylesheet=" + stylesheet + "]";
    }

    /**
     * Options for an {@link HtmlRenderer}. Every option has a default, so {@code builder().build()}
     * equals {@code new HtmlRenderer()}. Not thread-safe; the renderers it builds are.
     */
    public static final class Builder {
        private boolean fragment;
        private int firstHeadingLevel = 1;
        private boolean stylesheet = true;

        private Builder() {}

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
         * Builds the renderer.
         *
         * @return a new renderer
         * @throws IllegalArgumentException if the first heading level is not between 1 and 5
         */
        public HtmlRenderer build() {
            if (firstHeadingLevel < 1 || firstHeadingLevel > 5) {
                throw new IllegalArgumentException(
                        "firstHeadingLevel must be between 1 and 5, was " + firstHeadingLevel);
            }
            return new HtmlRenderer(this);
        }
    }
}
