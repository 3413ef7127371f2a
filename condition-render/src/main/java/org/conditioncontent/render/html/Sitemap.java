package org.conditioncontent.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
     * @throws IllegalArgumentException if the address is not an absolute http or https URL of a
     *     folder: a host name (ASCII letters, digits, hyphens and dots) or IP address, a port from 1
     *     to 65535 if any, no user name, password, query or fragment, not a page's name, no spaces,
     *     quotes or angle brackets, and characters beyond ASCII percent-encoded; the message
     *     says which of these is wrong
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

    /**
     * The checked address with its trailing slash; its characters need no XML escaping. Each page's
     * address is this and the page's file name, so anything after the folder's path (a query, a
     * fragment, a page's name) would end up inside every address, and a user name or password
     * would be published in the file.
     */
    private static String base(String siteUrl) {
        Objects.requireNonNull(siteUrl, "siteUrl must not be null");
        String problem = SiteAddress.problem(siteUrl);
        if (problem != null) {
            throw new IllegalArgumentException("The site's address must be an absolute http or https URL of a folder, such as "
                    + "https://health.example.org/conditions/, " + problem + "; was \"" + siteUrl + "\"");
        }
        return siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }
}
