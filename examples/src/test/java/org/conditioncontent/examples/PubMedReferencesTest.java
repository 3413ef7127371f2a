package org.conditioncontent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The examples' part renderer changes the references and nothing else on the page. */
class PubMedReferencesTest {

    private static final Condition ARTICLE =
            ConditionLoader.builder().build().load(Path.of("conditions", "muscle-cramps.yaml")).orThrow();

    @Test
    void thePageDiffersOnlyInsideTheReferences() {
        String plain = new HtmlRenderer().render(ARTICLE);
        String pubMed = HtmlRenderer.builder().partRenderer(Part.ReferencesPart.class, new PubMedReferences()).build()
                .render(ARTICLE);
        String start = "<section id=\"references\"";
        String end = "</section>\n";
        int plainStart = plain.indexOf(start);
        int pubMedStart = pubMed.indexOf(start);
        assertThat(plainStart).isPositive().isEqualTo(pubMedStart);
        assertThat(pubMed.substring(0, pubMedStart)).isEqualTo(plain.substring(0, plainStart));
        int plainEnd = plain.indexOf(end, plainStart) + end.length();
        int pubMedEnd = pubMed.indexOf(end, pubMedStart) + end.length();
        assertThat(pubMed.substring(pubMedEnd)).isEqualTo(plain.substring(plainEnd));
        assertThat(pubMed.substring(pubMedStart, pubMedEnd)).isNotEqualTo(plain.substring(plainStart, plainEnd));

        Element references = Jsoup.parse(pubMed).selectFirst("section#references");
        assertThat(references.select("h2").text()).isEqualTo("References");
        assertThat(references.select("ol.references > li")).hasSize(ARTICLE.references().size());
        assertThat(references.select("a:containsOwn(PubMed)").eachAttr("href"))
                .containsExactly("https://pubmed.ncbi.nlm.nih.gov/28265662/");
        assertThat(references.select("cite").eachText()).hasSize(ARTICLE.references().size());
    }
}
