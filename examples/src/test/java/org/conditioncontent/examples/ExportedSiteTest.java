package org.conditioncontent.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.conditioncontent.cli.Main;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.render.html.Sitemap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples exported as a site, through the command as a publisher runs it: every link of every
 * page leads somewhere, the A-Z index lists every title and other name, the sitemap lists every
 * page with its date, and the bundle holds every article.
 */
class ExportedSiteTest {

    private static final String SITE = "https://health.example.org/conditions/";

    @TempDir
    static Path out;

    private static Map<String, Condition> articles;

    @BeforeAll
    static void export() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"export", "conditions", "--out", out.toString(), "--site-url", SITE},
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new PrintStream(err, true, UTF_8));
        assertThat(exit).as(err.toString(UTF_8)).isZero();
        articles = new TreeMap<>();
        ConditionLoader loader = ConditionLoader.builder().build();
        try (Stream<Path> files = Files.list(Path.of("conditions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Condition c = loader.load(file).orThrow();
                articles.put(c.id(), c);
            }
        }
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFileOfTheExportOrAnElementOfAPage() throws IOException {
        Path html = out.resolve("html");
        List<String> checked = new ArrayList<>();
        try (Stream<Path> pages = Files.list(html)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(Files.readString(page, UTF_8));
                for (Element link : doc.select("a[href], link[href]")) {
                    String href = link.attr("href");
                    URI uri = URI.create(href);
                    if (uri.isAbsolute()) {
                        assertThat(uri.getScheme()).as("%s in %s", href, page).isIn("http", "https", "mailto");
                        continue; // the web's, not the export's
                    }
                    Path target = uri.getRawPath().isEmpty() ? page
                            : page.resolveSibling(URLDecoder.decode(uri.getRawPath(), UTF_8)).normalize();
                    assertThat(target).as("%s in %s", href, page).startsWith(html).isRegularFile();
                    if (uri.getFragment() != null) {
                        Document linked = Jsoup.parse(Files.readString(target, UTF_8));
                        assertThat(linked.getElementById(uri.getFragment())).as("%s in %s", href, page).isNotNull();
                    }
                    checked.add(href);
                }
            }
        }
        assertThat(checked).contains("#letter-m", "muscle-cramps.html", "conditions.jsonl");
    }

    @Test
    void theIndexListsEveryTitleAndEveryOtherNameUnderItsLetter() throws IOException {
        Document index = Jsoup.parse(Files.readString(out.resolve("html/index.html"), UTF_8));

        assertThat(index.select("h1").text()).isEqualTo("Conditions A\u2013Z");
        for (Condition c : articles.values()) {
            Element section = index.getElementById("letter-" + Character.toLowerCase(c.title().charAt(0))).parent();
            assertThat(section.select("li > a[href=" + c.id() + ".html]").eachText()).contains(c.title());
            for (String name : c.alsoCalled()) {
                Element entries = index.getElementById("letter-" + Character.toLowerCase(name.charAt(0))).parent();
                assertThat(entries.select("li").eachText()).contains(name + ", see " + c.title());
            }
        }
        assertThat(index.select("li").eachText()).contains("Charley Horse, see Muscle Cramps");
        // Every letter is in the row; only those with entries are links, and each leads to its heading.
        assertThat(index.select("nav ul.letters li").eachText()).hasSize(26);
        for (Element letter : index.select("nav ul.letters a")) {
            assertThat(index.getElementById(letter.attr("href").substring(1))).isNotNull();
        }
        // The letters that are not links are exactly those no title or other name starts with.
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (Condition c : articles.values()) {
            used.add(firstLetter(c.title()));
            c.alsoCalled().forEach(name -> used.add(firstLetter(name)));
        }
        List<String> unused = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            if (!used.contains(String.valueOf(letter))) {
                unused.add(String.valueOf(letter));
            }
        }
        assertThat(unused).isNotEmpty();
        assertThat(index.select("nav ul.letters li:not(:has(a))").eachText()).containsExactlyElementsOf(unused);
    }

    /** The letter an index files a name under: its first letter without accents, upper case. */
    private static String firstLetter(String name) {
        String plain = java.text.Normalizer.normalize(name.substring(0, 1), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void relatedArticlesAreLinkedBothWays() throws IOException {
        int pairs = 0;
        for (Condition c : articles.values()) {
            for (String other : c.related()) {
                if (!articles.containsKey(other)) {
                    continue;
                }
                assertThat(relatedLinks(c.id())).as("%s links %s", c.id(), other).contains(other + ".html");
                assertThat(relatedLinks(other)).as("%s links back to %s", other, c.id()).contains(c.id() + ".html");
                pairs++;
            }
        }
        assertThat(pairs).as("the examples name related articles").isPositive();
    }

    private static List<String> relatedLinks(String id) throws IOException {
        Document page = Jsoup.parse(Files.readString(out.resolve("html/" + id + ".html"), UTF_8));
        return page.select(".related a").eachAttr("href");
    }

    @Test
    void theSitemapListsEveryPageWithItsLastReviewOrUpdate() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("html/sitemap.xml"), UTF_8), "", Parser.xmlParser());

        List<String> locs = sitemap.select("url > loc").eachText();
        assertThat(locs).first().isEqualTo(SITE + "index.html");
        assertThat(locs).hasSize(articles.size() + 1);
        for (Condition c : articles.values()) {
            Element url = sitemap.select("url").stream()
                    .filter(u -> u.select("loc").text().equals(SITE + c.id() + ".html")).findFirst().orElse(null);
            assertThat(url).as(c.id()).isNotNull();
            PartialDate date = Sitemap.lastModified(c);
            assertThat(url.select("lastmod").text()).as(c.id()).isEqualTo(date == null ? "" : date.toString());
        }
        assertThat(sitemap.select("lastmod").eachText()).isNotEmpty().allMatch(d -> d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
    }

    @Test
    void theBundleHoldsEveryArticleOneALine() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("html/conditions.jsonl"), UTF_8);
        ConditionLoader loader = ConditionLoader.builder().build();

        assertThat(lines).hasSize(articles.size());
        for (String line : lines) {
            LoadResult loaded = loader.load("line.json", line, SourceFormat.JSON);
            Condition c = loaded.orThrow();
            assertThat(c).isEqualTo(articles.get(c.id()));
        }
    }
}
