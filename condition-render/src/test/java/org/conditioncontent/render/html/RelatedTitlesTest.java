package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.conditioncontent.model.Condition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@link HtmlRenderer.Builder#relatedTitles}: related ids become links to the pages beside this one. */
class RelatedTitlesTest {

    private static final Condition ARTICLE = Condition.builder("leg-cramps", "Leg Cramps")
            .related("muscle-cramps", "not-exported").build();

    @Test
    void linksTheRelatedArticlesWhoseTitlesItIsGiven() {
        HtmlRenderer renderer = HtmlRenderer.builder().relatedTitles(Map.of("muscle-cramps", "Muscle <Cramps>")).build();

        Document doc = Jsoup.parse(renderer.render(ARTICLE));

        assertThat(doc.select("p.related").text()).isEqualTo("Related: Muscle <Cramps>, not-exported");
        assertThat(doc.select("p.related a").eachAttr("href")).containsExactly("muscle-cramps.html");
        assertThat(NuHtmlChecker.messages(renderer.render(ARTICLE))).isEmpty();
    }

    @Test
    void writesTheIdsAsTextByDefault() {
        String page = new HtmlRenderer().render(ARTICLE);

        assertThat(page).contains("<p class=\"related\">Related: muscle-cramps, not-exported</p>");
    }
}
