package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conditioncontent.model.Condition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class IndexPageTest {

    private static final Condition CRAMPS = Condition.builder("nocturnal-leg-cramps", "Nocturnal Leg Cramps")
            .alsoCalled("Muscle Cramps", "Age-Related Cramps")
            .build();

    @Test
    void isAFullAccessiblePage() {
        String page = IndexPage.render(List.of(CRAMPS));
        Document doc = Jsoup.parse(page);

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(doc.title()).isEqualTo("Conditions");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.select("meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
        assertThat(doc.select("meta[name=description]").attr("content"))
                .as("a search engine's summary of the page")
                .startsWith("Health condition articles");
        assertThat(doc.select("main > h1").text()).isEqualTo("Conditions");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(page).endsWith("</html>\n");
    }

    @Test
    void linksEveryArticleToItsPageWithItsTitleAndOtherNames() {
        Condition plain = Condition.builder("restless-legs-syndrome", "Restless Legs Syndrome").build();
        Document doc = Jsoup.parse(IndexPage.render(List.of(CRAMPS, plain)));

        Elements items = doc.select("main > ul > li");
        assertThat(items).hasSize(2);
        Element cramps = items.get(0);
        assertThat(cramps.select("a").attr("href")).isEqualTo("nocturnal-leg-cramps.html");
        assertThat(cramps.select("a").text()).isEqualTo("Nocturnal Leg Cramps");
        assertThat(cramps.text()).isEqualTo("Nocturnal Leg Cramps (also called: Muscle Cramps, Age-Related Cramps)");
        Element restless = items.get(1);
        assertThat(restless.select("a").attr("href")).isEqualTo("restless-legs-syndrome.html");
        assertThat(restless.text()).isEqualTo("Restless Legs Syndrome");
        assertThat(restless.select(".also-called")).isEmpty();
    }

    @Test
    void sortsByTitleIgnoringCaseAndAccentsThenById() {
        List<Condition> conditions = new ArrayList<>(Arrays.asList(
                Condition.builder("zeta", "Zeta").build(),
                Condition.builder("beta-2", "Beta").build(),
                Condition.builder("eclampsia", "Éclampsia").build(),
                Condition.builder("alpha", "alpha").build(),
                Condition.builder("beta-1", "Beta").build()));

        Document doc = Jsoup.parse(IndexPage.render(conditions));

        assertThat(doc.select("li > a").eachAttr("href"))
                .containsExactly("alpha.html", "beta-1.html", "beta-2.html", "eclampsia.html", "zeta.html");
        assertThat(conditions.get(0).id()).as("the caller's list is not reordered").isEqualTo("zeta");
    }

    @Test
    void escapesEveryValue() {
        String hostile = "<b>&\"";
        Condition c = Condition.builder("hostile", hostile).alsoCalled(hostile).build();

        String page = IndexPage.render(List.of(c));
        Document doc = Jsoup.parse(page);

        assertThat(page).contains("<a href=\"hostile.html\">&lt;b&gt;&amp;&quot;</a>");
        assertThat(page).doesNotContain("<b>");
        assertThat(doc.select("li > a").text()).isEqualTo(hostile);
        assertThat(doc.select("li .also-called").text()).isEqualTo("(also called: " + hostile + ")");
        assertThat(doc.select("b")).isEmpty();
    }

    @Test
    void keepsAnUnvalidatedIdARelativeLink() {
        Condition c = Condition.builder("javascript:alert(1)//\"x", "Trap").build();

        Document doc = Jsoup.parse(IndexPage.render(List.of(c)));

        assertThat(doc.select("li > a").attr("href")).isEqualTo("javascript%3Aalert%281%29%2F%2F%22x.html");
    }

    @Test
    void marksATitleInAnotherLanguage() {
        Condition french = Condition.builder("crampes", "Crampes nocturnes").language("fr-CA").alsoCalled("Crampes").build();
        Condition english = Condition.builder("cramps", "Cramps").language("en-US").build();

        Document doc = Jsoup.parse(IndexPage.render(List.of(french, english)));

        assertThat(doc.select("a[href=crampes.html]").attr("lang")).isEqualTo("fr-CA");
        assertThat(doc.select(".also-called span[lang=fr-CA]").text()).isEqualTo("Crampes");
        assertThat(doc.select("a[href=cramps.html]").hasAttr("lang")).isFalse();
    }

    @Test
    void saysSoWhenThereAreNoArticles() {
        Document doc = Jsoup.parse(IndexPage.render(List.of()));

        assertThat(doc.select("ul")).isEmpty();
        assertThat(doc.select("main > p").text()).isEqualTo("No articles.");
    }

    @Test
    void writesToAnAppendableAndReportsItsFailures() {
        StringBuilder out = new StringBuilder();
        IndexPage.render(List.of(CRAMPS), out);
        assertThat(out.toString()).isEqualTo(IndexPage.render(List.of(CRAMPS)));

        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> IndexPage.render(List.of(CRAMPS), broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
    }
}
