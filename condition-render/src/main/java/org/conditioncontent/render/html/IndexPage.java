package org.conditioncontent.render.html;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.internal.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * A plain index page: a full, accessible HTML5 page titled "Conditions" that links every article,
 * sorted by title, to its page beside the index ({@code <id>.html}) and lists the article's other
 * names. The live preview lists its articles with it; an export writes the A&ndash;Z index, {@link
 * AzIndexPage}, as {@code html/index.html}.
 *
 * <pre>{@code
 * String page = IndexPage.render(conditions);   // the live preview's list of articles
 * }</pre>
 *
 * <p>The page is in English ({@code lang="en"}) with a meta description; a title in another language carries its own
 * {@code lang} attribute. Every value from an article is escaped, and ids are percent-encoded in
 * the links, so an unvalidated id such as {@code javascript:x} stays a relative link. The page
 * carries the same built-in style sheet as the articles' pages and makes no external requests.
 */
public final class IndexPage {

    /** The page's title and its only heading. */
    static final String TITLE = "Conditions";

    /**
     * The page's meta description, the summary a search engine shows under its title (a page
     * without one gets a snippet of the engine's choosing).
     */
    static final String DESCRIPTION = "Health condition articles, listed by title with the other names each condition is known by.";

    private IndexPage() {}

    /**
     * Renders the index page of a set of articles to an output.
     *
     * @param conditions the articles, in any order; the page lists them sorted by title (then by
     *     id), and lists none when it is empty
     * @param out where the page goes; it is not flushed or closed
     * @throws NullPointerException if the list, an article in it, or the output is {@code null}
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public static void render(List<Condition> conditions, Appendable out) {
        Objects.requireNonNull(conditions, "conditions must not be null");
        Objects.requireNonNull(out, "out must not be null");
        List<Condition> sorted = new ArrayList<>(conditions.size());
        for (Condition c : conditions) {
            sorted.add(Objects.requireNonNull(c, "conditions must not hold null"));
        }
        // A collator, not String order, so that "alpha", "Beta" and "Échographie" sort the way a
        // reader looks for them; the id breaks ties so the page never depends on input order.
        Collator collator = Collator.getInstance(Locale.ROOT);
        sorted.sort(Comparator.comparing(IndexPage::title, collator).thenComparing(IndexPage::id));

        HtmlWriter html = new HtmlWriter(out);
        start(html, TITLE, DESCRIPTION, "");
        if (sorted.isEmpty()) {
            html.element("p", "No articles.").newline();
        } else {
            html.raw(Markup.UL);
            for (Condition c : sorted) {
                item(html, c);
            }
            html.raw(Markup.END_UL);
        }
        html.raw(Markup.END_MAIN_END_BODY_END_HTML);
    }

    /**
     * Renders the index page of a set of articles to a string.
     *
     * @param conditions the articles, in any order
     * @return the whole page
     * @throws NullPointerException if the list or an article in it is {@code null}
     */
    public static String render(List<Condition> conditions) {
        StringBuilder out = new StringBuilder(512 + 128 * conditions.size());
        render(conditions, out);
        return out.toString();
    }

    /**
     * Starts an English page of the export: the head with its title, its description for search
     * engines and the built-in style, then the body's {@code <main>} and its one {@code <h1>}.
     * {@code css} is added to the built-in style.
     */
    static void start(HtmlWriter html, String title, String description, String css) {
        html.raw(Markup.DOCTYPE_HTML_EN_HEAD_META_CHARSET);
        html.raw(Markup.META_VIEWPORT);
        html.element("title", title).newline();
        html.start("meta", "name", "description", "content", description).newline();
        html.raw(Markup.STYLE).raw(Markup.STYLESHEET).raw(css).raw(Markup.END_STYLE);
        html.raw(Markup.END_HEAD_BODY_MAIN);
        html.element("h1", title).newline();
    }

    private static void item(HtmlWriter html, Condition c) {
        String lang = foreignLanguage(c.language());
        html.raw(Markup.LI);
        html.start("a", "href", encode(id(c)) + ".html", "lang", lang, "dir", TextDirection.of(lang)).text(title(c)).end("a");
        List<String> names = c.alsoCalled();
        if (!names.isEmpty()) {
            html.raw(Markup.ALSO_CALLED_START);
            String joined = String.join(", ", names);
            if (lang == null) {
                html.text(joined);
            } else {
                html.element("span", joined, "lang", lang, "dir", TextDirection.of(lang));
            }
            html.raw(Markup.ALSO_CALLED_END);
        }
        html.raw(Markup.END_LI);
    }

    static String id(Condition c) {
        return Objects.requireNonNullElse(c.id(), "");
    }

    /** The title as the article's own page shows it, so that every link has a name. */
    private static String title(Condition c) {
        return ArticleWriter.title(c);
    }

    /**
     * The article's language when the page must mark it: a well-formed tag that is not English.
     * English needs no mark on an English page, and a malformed tag would be worse than none.
     */
    static @Nullable String foreignLanguage(@Nullable String language) {
        if (!JsonLd.isLanguageTag(language)) {
            return null;
        }
        String primary = language.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return primary.equals("en") ? null : language;
    }

    /**
     * Percent-encodes an id for a relative link. Only the unreserved characters {@code A-Z a-z 0-9
     * - . _ ~} stay; a valid id is unchanged, and an invalid one cannot become a scheme
     * ({@code :}), a path to elsewhere ({@code /}) or a query.
     */
    static String encode(String id) {
        StringBuilder s = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                s.append(c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return s.toString();
    }
}
