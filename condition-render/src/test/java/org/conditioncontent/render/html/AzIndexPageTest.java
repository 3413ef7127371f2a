package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
    void filesLatinLettersWithoutADecompositionAndLettersBeyondTheBmpUnderTheirLetter() {
        // NFD left these whole, so they went to the others; a letter beyond U+FFFF was passed
        // over, and the next letter decided ("𝐁old" under O).
        Condition c = Condition.builder("c", "Zed").alsoCalled("\u00c6sthetic Itch", "\u0152dema", "\u00f8resund Fever",
                "\u00deorn Rash", "\u0132sselmeer Itch", "\ud835\udc01old Syndrome", "\u0141\u00f3d\u017a Fever", "24-Hour Flu").build();

        Document doc = Jsoup.parse(AzIndexPage.render(List.of(c), null));

        assertThat(doc.select("section:has(h2#letter-others) li").eachText()).containsExactly("24-Hour Flu, see Zed");
        assertThat(doc.select("section:has(h2#letter-a) li").eachText()).containsExactly("\u00c6sthetic Itch, see Zed");
        assertThat(doc.select("section:has(h2#letter-o) li").eachText())
                .containsExactlyInAnyOrder("\u0152dema, see Zed", "\u00f8resund Fever, see Zed");
        assertThat(doc.select("section:has(h2#letter-t) li").eachText()).containsExactly("\u00deorn Rash, see Zed");
        assertThat(doc.select("section:has(h2#letter-i) li").eachText()).containsExactly("\u0132sselmeer Itch, see Zed");
        assertThat(doc.select("section:has(h2#letter-b) li").eachText()).containsExactly("\ud835\udc01old Syndrome, see Zed");
        assertThat(doc.select("section:has(h2#letter-l) li").eachText()).containsExactly("\u0141\u00f3d\u017a Fever, see Zed");
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
    void ordersEntriesAsTheCollatorDoesThenTitlesFirstThenById() {
        // Case, accents (precomposed and combining), spacing and punctuation, sharp s, numbers after letters.
        List<String> names = List.of("apple", "Apple", "APPLE", "\u00c4pple", "A\u0308pple", "\u00e1pple", "apple pie",
                "apple-pie", "applepie", "Apple Pie", "apples", "appleS", "apple\u00df", "applesss", "Aardvark",
                "a\u00e9", "ae", "a2", "a10", "a b", "a\u00a0b", "ab", "Ab", "a\u2014b", "\u00e5ngstr\u00f6m");
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            // Ids in the order of the list, so that names the collator finds equal keep that order below.
            conditions.add(Condition.builder("c" + (100 + i), names.get(i)).build());
        }
        // The same name as a title of two articles and as another name of a third: titles first, then by id.
        conditions.add(Condition.builder("z-second", "apple").build());
        conditions.add(Condition.builder("b-other", "Banana").alsoCalled("apple").build());
        List<Condition> expected = new ArrayList<>(conditions);
        Collections.shuffle(conditions, new Random(20));

        Document doc = Jsoup.parse(AzIndexPage.render(conditions, null));

        Collator collator = Collator.getInstance(Locale.ROOT);
        expected.set(expected.size() - 1, Condition.builder("b-other", "apple").build()); // filed under its other name
        expected.sort((x, y) -> collator.compare(x.title(), y.title())); // stable: equal names keep the order above
        assertThat(doc.select("section:has(h2#letter-a) li > a").eachAttr("href"))
                .containsExactlyElementsOf(expected.stream().map(c -> c.id() + ".html").toList());
        assertThat(doc.select("section:has(h2#letter-a) li").eachText()).contains("apple, see Banana");
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
