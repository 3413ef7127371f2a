package org.conditioncontent.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code sitemap.xml} of an exported site (the sitemaps.org protocol 0.9): the index page and
 * every article's page, each under the site's address, with the article's {@code lastmod} taken
 * from the later of its last review and its last update, to the precision the article gives
 * ({@code 2023}, {@code 2023-06} or {@code 2023-06-01}, all W3C dates). An article with neither
 * date has no {@code lastmod}: a search engine is better told nothing than a wrong date.
 *
 * <pre>{@code
 * String xml = Sitemap.render(conditions, "https://health.example.org/conditions/");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Sitemap {

    private Sitemap() {}

    /**
     * Writes the sitemap.
     *
     * @param conditions the articles, in any order; they are listed by id
     * @param siteUrl the address the export's {@code html} folder is published at, {@code http}
     *     or {@code https}; a {@code /} is added when it does not end with one
     * @param out where the XML goes; not flushed or closed
     * @throws IllegalArgumentException if the address is not an absolute http or https URL
     *     without spaces, quotes or angle brackets
     * @throws UncheckedIOException if writing fails
     */
    public static void render(List<Condition> conditions, String siteUrl, Appendable out) {
        Objects.requireNonNull(conditions, "conditions must not be null");
        String base = base(siteUrl);
        List<Condition> sorted = new ArrayList<>(conditions);
        sorted.sort(Comparator.comparing(IndexPage::id));
        try {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            url(out, base + "index.html", null);
            for (Condition c : sorted) {
                url(out, base + IndexPage.encode(IndexPage.id(c)) + ".html", lastModified(c));
            }
            out.append("</urlset>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the sitemap to a string.
     *
     * @param conditions the articles
     * @param siteUrl the address the export's {@code html} folder is published at
     * @return the XML document
     * @throws IllegalArgumentException if the address is not an absolute http or https URL
     */
    public static String render(List<Condition> conditions, String siteUrl) {
        StringBuilder out = new StringBuilder();
        render(conditions, siteUrl, out);
        return out.toString();
    }

    /**
     * When an article last changed for a reader: the later of its last review and its last update.
     *
     * @param c the article
     * @return the date, or {@code null} when it has neither
     */
    public static @Nullable PartialDate lastModified(Condition c) {
        PartialDate reviewed = c.review() == null ? null : c.review().lastReviewed();
        PartialDate updated = c.updated();
        if (reviewed == null) {
            return updated;
        }
        return updated == null || reviewed.compareTo(updated) >= 0 ? reviewed : updated;
    }

    private static void url(Appendable out, String loc, @Nullable PartialDate lastmod) throws IOException {
        out.append("  <url><loc>").append(loc).append("</loc>");
        if (lastmod != null) {
            out.append("<lastmod>").append(lastmod.toString()).append("</lastmod>");
        }
        out.append("</url>\n");
    }

    /** The checked address with its trailing slash; its characters need no XML escaping. */
    private static String base(String siteUrl) {
        Objects.requireNonNull(siteUrl, "siteUrl must not be null");
        String lower = siteUrl.toLowerCase(Locale.ROOT);
        boolean web = (lower.startsWith("https://") || lower.startsWith("http://")) && siteUrl.indexOf('/', 8) != 8;
        boolean plain = siteUrl.chars().allMatch(ch -> ch > ' ' && ch < 0x7f && "\"'<>&\\^`{|}".indexOf(ch) < 0);
        if (!web || !plain || lower.equals("https://") || lower.equals("http://")) {
            throw new IllegalArgumentException("The site's address must be an absolute http or https URL such as "
                    + "https://health.example.org/conditions/, without spaces, quotes, angle brackets or &; was \"" + siteUrl + "\"");
        }
        return siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }
}
