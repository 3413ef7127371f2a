package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void takesAFoldersAddressWithOrWithoutItsSlashAndAPort() {
        Condition a = Condition.builder("a", "A").build();
        for (String good : List.of("https://health.example.org", "http://health.example.org:8080/c", "HTTPS://Health.Example.org/c/v1.2/")) {
            assertThat(Sitemap.render(List.of(a), good)).as(good)
                    .contains("<loc>" + (good.endsWith("/") ? good : good + "/") + "a.html</loc>");
        }
    }
}
