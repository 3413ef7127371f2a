package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.model.Condition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AzIndexPageTest {

    private static final Condition CRAMPS = Condition.builder("muscle-cramps", "Muscle Cramps")
            .alsoCalled("Charley Horse", "Muscle Spasms").build();
    private static final Condition RLS = Condition.builder("restless-legs-syndrome", "Restless Legs Syndrome")
            .alsoCalled("RLS", "Willis-Ekbom Disease").build();

    @Test
    void filesEveryTitleAndOtherNameUnderItsLetter() {
        Document doc = Jsoup.parse(AzIndexPage.render(List.of(RLS, CRAMPS), null));

        assertThat(doc.select("section > h2").eachText()).containsExactly("C", "M", "R", "W");
        assertThat(doc.select("section:has(h2#letter-c) li").eachText()).containsExactly("Charley Horse, see Muscle Cramps");
        assertThat(doc.select("section:has(h2#letter-c) li a").attr("href")).isEqualTo("muscle-cramps.html");
        assertThat(doc.select("section:has(h2#letter-m) li").eachText())
                .containsExactly("Muscle Cramps", "Muscle Spasms, see Muscle Cramps");
        assertThat(doc.select("section:has(h2#letter-r) li").eachText())
                .containsExactly("Restless Legs Syndrome", "RLS, see Restless Legs Syndrome");
        assertThat(doc.select("section").eachAttr("aria-labelledby")).containsExactly("letter-c", "letter-m", "letter-r", "letter-w");
    }

    @Test
    void linksOnlyTheLettersThatHaveEntries() {
        Document doc = Jsoup.parse(AzIndexPage.render(List.of(CRAMPS), null));

        assertThat(doc.select("nav[aria-label=Letters] li")).hasSize(26);
        assertThat(doc.select("nav[aria-label=Letters] a").eachAttr("href")).containsExactly("#letter-c", "#letter-m");
        assertThat(doc.select("nav[aria-label=Letters] li:not(:has(a))").eachText()).contains("A", "B", "Z").doesNotContain("C", "M");
    }

    @Test
    void filesAccentedNamesUnderTheirLetterAndOthersFirst() {
        Condition eclampsia = Condition.builder("eclampsia", "Éclampsia").alsoCalled("24-hour cramps").build();

        Document doc = Jsoup.parse(AzIndexPage.render(List.of(eclampsia), null));

        assertThat(doc.select("section > h2").eachText()).containsExactly("0\u20139 and others", "E");
        assertThat(doc.select("nav a").eachAttr("href")).containsExactly("#letter-others", "#letter-e");
        assertThat(doc.select("section:has(h2#letter-others) li").text()).isEqualTo("24-hour cramps, see Éclampsia");
    }

    @Test
    void escapesNamesAndLinksTheBundle() {
        String hostile = "<b>&\"";
        Condition c = Condition.builder("hostile", "Hostile").alsoCalled(hostile).build();

        String page = AzIndexPage.render(List.of(c), "conditions.jsonl");
        Document doc = Jsoup.parse(page);

        assertThat(page).doesNotContain("<b>");
        assertThat(doc.select("li").eachText()).contains(hostile + ", see Hostile");
        assertThat(doc.select("p.bundle a").attr("href")).isEqualTo("conditions.jsonl");
        assertThat(doc.select("h1").text()).isEqualTo("Conditions A\u2013Z");
    }

    @Test
    void marksOtherNamesInAnotherLanguage() {
        Condition french = Condition.builder("crampes", "Crampes nocturnes").language("fr-CA").alsoCalled("Crampes").build();

        Document doc = Jsoup.parse(AzIndexPage.render(List.of(french), null));

        assertThat(doc.select("li span[lang=fr-CA]").text()).isEqualTo("Crampes");
        assertThat(doc.select("li a[lang=fr-CA]").eachText()).containsOnly("Crampes nocturnes");
    }

    @Test
    void saysSoWhenThereAreNoArticles() {
        Document doc = Jsoup.parse(AzIndexPage.render(List.of(), null));

        assertThat(doc.select("nav")).isEmpty();
        assertThat(doc.select("main > p").text()).isEqualTo("No articles.");
    }

    @Test
    void everyPagePassesTheNuChecker() {
        assertThat(NuHtmlChecker.messages(AzIndexPage.render(List.of(CRAMPS, RLS), "conditions.jsonl"))).isEmpty();
    }
}
