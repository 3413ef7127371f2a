package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Review;
import org.junit.jupiter.api.Test;

class SitemapTest {

    private static Condition reviewedAndUpdated(String id, PartialDate reviewed, PartialDate updated) {
        return Condition.builder(id, id).review(new Review(null, reviewed, null, List.of())).updated(updated).build();
    }

    @Test
    void listsTheIndexAndEveryArticleByIdWithTheLaterOfReviewAndUpdate() {
        Condition b = reviewedAndUpdated("b", PartialDate.ofMonth(2023, 6), PartialDate.ofYear(2021));
        Condition a = reviewedAndUpdated("a", PartialDate.ofYear(2020), PartialDate.of(java.time.LocalDate.of(2024, 2, 29)));
        Condition plain = Condition.builder("c", "C").build();

        String xml = Sitemap.render(List.of(b, plain, a), "https://health.example.org/conditions");

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://health.example.org/conditions/index.html</loc></url>
                  <url><loc>https://health.example.org/conditions/a.html</loc><lastmod>2024-02-29</lastmod></url>
                  <url><loc>https://health.example.org/conditions/b.html</loc><lastmod>2023-06</lastmod></url>
                  <url><loc>https://health.example.org/conditions/c.html</loc></url>
                </urlset>
                """);
    }

    @Test
    void takesWhicheverDateTheArticleHas() {
        assertThat(Sitemap.lastModified(Condition.builder("x", "X").updated(PartialDate.ofYear(2019)).build()))
                .isEqualTo(PartialDate.ofYear(2019));
        assertThat(Sitemap.lastModified(Condition.builder("x", "X").review(new Review(null, PartialDate.ofYear(2018), null, List.of())).build()))
                .isEqualTo(PartialDate.ofYear(2018));
        assertThat(Sitemap.lastModified(Condition.builder("x", "X").build())).isNull();
    }

    @Test
    void refusesAnAddressThatIsNotAnAbsoluteWebAddress() {
        for (String bad : List.of("conditions/", "ftp://example.org/", "https://", "https://example.org/a b", "https://example.org/?a=1&b=2",
                "javascript:alert(1)")) {
            assertThatThrownBy(() -> Sitemap.render(List.of(), bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("absolute http or https URL");
        }
    }

    @Test
    void refusesAnAddressWhosePagesWouldBeWrongOrThatWouldPublishACredential() {
        // Each page's address is the site's with the file name after it: these gave
        // ".../c?lang=en/index.html", ".../c/index.html/index.html", "http:///evil/index.html" and a
        // published password.
        Map<String, String> problems = Map.of(
                "https://health.example.org/c?lang=en", "without a query (?) or fragment (#)",
                "https://health.example.org/c#top", "without a query (?) or fragment (#)",
                "https://health.example.org/c/index.html", "the folder's address, not a file's",
                "http:///evil/", "with a host name after the //",
                "https:///evil/", "with a host name after the //",
                "https://user:pw@health.example.org/", "no user name or password",
                "https:health.example.org/", "starting with https:// or http://");
        problems.forEach((bad, problem) -> assertThatThrownBy(() -> Sitemap.render(List.of(), bad)).as(bad)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http or https URL of a folder")
                .hasMessageContaining(problem));
    }

    /**
     * java.net.URI reads an authority whose host is no host name as a registry name without a host:
     * each of these was told "with a host name after the //", which it has. Each message now says
     * what is wrong with it, and how to write it where that can be known.
     */
    @Test
    void saysWhatIsWrongWithAHostNameRatherThanThatItIsMissing() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("https://my_site.example/c/", "the host name \"my_site.example\" has \"_\", which a host name may not contain;"
                + " host names join words with hyphens: write the name the site is published at, such as my-site.example");
        problems.put("https://_dmarc.example/", "has \"_\", which a host name may not contain; write the name the site is published at;");
        problems.put("https://exa mple.org/", "the host name \"exa mple.org\" has a space");
        problems.put("https://ex%41mple.org/", "has \"%\", which a host name may not contain; a host name is not percent-encoded:"
                + " write it as exAmple.org");
        problems.put("https://bücher.example/", "has \"ü\", which a host name may not contain; write it in its ASCII form, where"
                + " each part in other letters begins with xn--");
        problems.put("https://b%C3%BCcher.example/", "a host name is not percent-encoded: write the name the site is published at,"
                + " in ASCII letters (a name in other letters in its xn-- form)");
        problems.put("https://-bad.example/", "the host name \"-bad.example\" has the part \"-bad\", which starts with a hyphen");
        problems.put("https://bad-.example/c", "has the part \"bad-\", which ends with a hyphen");
        problems.put("https://a..b.example/", "the host name \"a..b.example\" has a dot at its start or two dots in a row");
        problems.put("https://.example.org/", "has a dot at its start or two dots in a row");
        problems.put("https://example.123/", "the host name \"example.123\" ends in \"123\"");
        problems.put("https://1.2.3.999/", "with an IP address of four numbers from 0 to 255, separated by dots: \"1.2.3.999\" is not one");
        problems.put("https://example.org:abc/", "with a port, after the host name's \":\", that is a number from 1 to 65535; \"abc\" is not");
        problems.put("https://example.org:8080:90/", "\"8080:90\" is not");
        problems.put("https://example.org:65536/", "\"65536\" is not");
        problems.put("https://[2001:db8::1]:http/", "\"http\" is not");
        problems.put("https://[2001:db8::1/", "written as a URL (Expected closing bracket for IPv6 address)");
        problems.put("https://exa\tmple.org/", "the host name \"exaU+0009mple.org\" has the character U+0009");
        problems.put("https://user@health.example.org/", "with no user name or password before the host");
        problems.put("https://user@/", "with no user name or password before the host");
        problems.put("https://:80/", "with a host name after the //");
        problems.put("https:/example.org/c/", "with two slashes and a host name after the scheme (https://)");
        problems.put("http:example.org/c/", "starting with https:// or http://");
        // Not the host: a character the rest of the address may not have as it is is named, with its escape.
        problems.put("https://health.example.org/café/", "with each character beyond ASCII percent-encoded, as its UTF-8 bytes: \"é\" is %C3%A9");
        problems.put("https://health.example.org/a|b/", "without \"|\", which a URL has percent-encoded, as %7C");
        problems.put("https://health.example.org/a\u00a0b/", "the character U+00A0 is %C2%A0");
        problems.forEach((bad, problem) -> assertThatThrownBy(() -> Sitemap.render(List.of(), bad)).as(bad)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The site's address must be an absolute http or https URL of a folder")
                .hasMessageContaining(problem)
                .satisfies(e -> {
                    if (!bad.startsWith("https://:")) {
                        assertThat(e.getMessage()).as(bad).doesNotContain("after the //").doesNotContain("\"null\"");
                    }
                }));
    }

    @Test
    void takesAnIpAddressAFullyQualifiedNameAndANameInItsAsciiForm() {
        for (String good : List.of("https://192.0.2.1/c/", "https://[2001:db8::1]:8443/c/", "https://health.example.org./c/",
                "https://xn--bcher-kva.example/", "http://localhost:8080/", "https://a-b.example.org/")) {
            assertThat(Sitemap.render(List.of(), good)).as(good).contains("<loc>" + good);
        }
    }

    @Test
    void takesAFoldersAddressWithOrWithoutItsSlashAndAPort() {
        Condition a = Condition.builder("a", "A").build();
        for (String good : List.of("https://health.example.org", "http://health.example.org:8080/c", "HTTPS://Health.Example.org/c/v1.2/")) {
            assertThat(Sitemap.render(List.of(a), good)).as(good)
                    .contains("<loc>" + (good.endsWith("/") ? good : good + "/") + "a.html</loc>");
        }
    }
}
